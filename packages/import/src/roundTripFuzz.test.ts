import { EXAMPLE_UNIT, RichTextSchema, type BlockNode, type InlineNode, type RichTextDoc, type Unit } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parseMarkdown.ts';
import { unitToMarkdown } from './unitToMarkdown.ts';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick, int: (n: number) => Math.floor(next() * n) };
}

// Fragments chosen to collide with Markdown, YAML and the slide conventions.
const WORDS = ['commun', 'Note:', 'notes :', '---', '***', '#', '# titre', '- item', '1.', '2)', '>', '<!-- .slide: id="x" -->', '`', '```', '~~', '*', '_', '[', ']', '(', ')', '|', '\\', '&amp;', '&#32;', ' ', '  ', '\t', 'é', '’', 'https://example.org/a_b', ':', 'yes', 'null', '{', '}', '"', '\''];

function gen(seed: number): RichTextDoc {
  const r = random(seed);
  const text = () => Array.from({ length: 1 + r.int(4) }, () => r.pick(WORDS)).join(r.pick(['', ' ']));
  const marks = () => {
    const all = [{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'code' },
      { type: 'link', attrs: { href: 'https://example.org/x', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: r.pick([null, 'Titre']) } }];
    return all.filter(() => r.next() < 0.2);
  };
  const inline = (): InlineNode[] => Array.from({ length: 1 + r.int(4) }, (): InlineNode => {
    if (r.next() < 0.1) return { type: 'hardBreak' };
    const m = marks();
    return m.length ? ({ type: 'text', text: text(), marks: m } as InlineNode) : { type: 'text', text: text() };
  });
  const paragraph = (): BlockNode => (r.next() < 0.1 ? { type: 'paragraph' } : { type: 'paragraph', content: inline() });
  const block = (depth: number): BlockNode => {
    const kind = r.int(depth > 1 ? 4 : 9);
    switch (kind) {
      case 0: case 1: return paragraph();
      case 2: return { type: 'heading', attrs: { level: r.pick([1, 2, 3] as const) }, content: inline() };
      case 3: return { type: 'codeBlock', ...(r.next() < 0.5 ? { attrs: { language: 'js' } } : {}), content: [{ type: 'text', text: Array.from({ length: 1 + r.int(3) }, text).join('\n') }] };
      case 4: return { type: 'blockquote', content: Array.from({ length: 1 + r.int(2) }, () => block(depth + 1)) };
      case 5: case 6: {
        const items = Array.from({ length: 1 + r.int(3) }, () => ({ type: 'listItem' as const, content: [paragraph(), ...(r.next() < 0.3 ? [block(depth + 1)] : [])] }));
        return kind === 5 ? { type: 'bulletList', content: items } : { type: 'orderedList', ...(r.next() < 0.5 ? { attrs: { start: r.int(20) } } : {}), content: items };
      }
      case 7: return { type: 'horizontalRule' };
      default: {
        const cell = (type: 'tableHeader' | 'tableCell') => ({ type, attrs: { colspan: 1, rowspan: 1 }, content: [paragraph()] });
        return { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader'), cell('tableHeader')] }, { type: 'tableRow', content: [cell('tableCell'), cell('tableCell')] }] };
      }
    }
  };
  return RichTextSchema.parse({ type: 'doc', content: Array.from({ length: r.int(5) }, () => block(0)) });
}

describe('Markdown round trip over generated units', () => {
  it('gives back 200 units whose slides mix every node, mark and troublesome character', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const unit: Unit = {
        ...EXAMPLE_UNIT,
        slides: [0, 1, 2].map((k) => ({ id: `s${k}`, content: gen(seed * 10 + k), notes: gen(seed * 10 + k + 5), hidden: k === 1 })),
      };
      const back = parseMarkdown(unitToMarkdown(unit)).draft;
      expect(back, `seed ${seed}`).toEqual(unit);
    }
  });
});
