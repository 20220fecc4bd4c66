import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { RICH_TEXT_MARK_TYPES, RICH_TEXT_NODE_TYPES, RichTextSchema } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { richTextExtensions } from './richTextExtensions.ts';
import { SafeLink } from './safeLink.ts';

const schema = getSchema(richTextExtensions());
const paragraph = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, marks }] });

// Every node and mark of the editor, each once, attributes left to their defaults.
const EVERYTHING = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Titre' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'gras', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'code', marks: [{ type: 'code' }] },
        { type: 'text', text: ' lien', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('un')] }] },
    { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph('deux')] }] },
    { type: 'blockquote', content: [paragraph('citation')] },
    { type: 'codeBlock', content: [{ type: 'text', text: 'x = 1' }] },
    { type: 'horizontalRule' },
    { type: 'image', attrs: { src: '/api/w/ws_1/files/abcdefghijklmnopqrstuv' } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph('A')] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('1')] }] },
      ],
    },
  ],
};

describe('the slides editor schema', () => {
  it('has exactly the node types of the JSON form allow-list', () => {
    const nodes = Object.keys(schema.nodes).filter((name) => name !== 'doc').sort();
    expect(nodes).toEqual([...RICH_TEXT_NODE_TYPES].sort());
  });

  it('has exactly the mark types of the JSON form allow-list (no underline)', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARK_TYPES].sort());
  });

  it('a document with every node and mark, attributes as the editor fills them, passes the JSON form', () => {
    const node = Node.fromJSON(schema, EVERYTHING);
    node.check();
    const parsed = RichTextSchema.safeParse(node.toJSON());
    expect(parsed.success ? 'ok' : parsed.error.message).toBe('ok');
  });

  it('offers headings of levels 1 to 3 only', () => {
    expect(() => Node.fromJSON(schema, { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }] }).check()).not.toThrow();
    const levels = (schema.nodes.heading?.spec.parseDOM ?? []).map((rule) => rule.tag);
    expect(levels).toEqual(['h1', 'h2', 'h3']);
  });

  it('a link may point to http(s) or mailto, never to javascript: or data:', () => {
    const allowed = (url: string) => SafeLink.options.isAllowedUri(url, { defaultValidate: () => true, protocols: [], defaultProtocol: 'https' });
    expect(allowed('https://example.org/a?b#c')).toBe(true);
    expect(allowed('mailto:amel@example.org')).toBe(true);
    expect(allowed('javascript:alert(1)')).toBe(false);
    expect(allowed(' javascript:alert(1)')).toBe(false);
    expect(allowed('data:text/html,<script>alert(1)</script>')).toBe(false);
  });
});
