import type { RichTextDoc, UnitDraft } from '@minga/schema';
import { fold, normaliseNewlines } from './text.ts';
import type { ImportWarning, ParseResult, PreviewEntry } from './types.ts';

/**
 * Checks that an import dropped nothing silently: every non-empty line of the input must be found
 * in the unit (all its words in one field, list item, step or slide block) or in a warning that
 * names it. Independent of the parsers on purpose, so it can catch what they forget.
 */

/** A line of the input that is neither in the unit nor named by a warning. */
export interface UnaccountedLine {
  /** 1-based line of the input. */
  line: number;
  text: string;
  /** The words of the line found nowhere. */
  missing: string[];
}

interface Piece { tokens: Set<string>; step: boolean }

/** The words of a text, lowercase and without accents: what a line and a field are compared by. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// A duration or clock time ("10 min", "1h30", "9h00"): a step's line says it, the step keeps it as minutes.
const DURATION_WORD = /^(?:\d+(?:[.,]\d+)?(?:h|min|mn|m|minutes?|heures?|hours?|hrs?)?\d*|min|mn|minutes?|h|heures?|hours?|hrs?)$/;

/**
 * The lines of `source` that the result accounts for nowhere. Markup alone (`---`, `:::`,
 * `{: .challenge}`, a table's rule) needs no home; a header line is accounted for by the preview
 * or warning entry that quotes its label on that line, the rest of its words by the unit.
 */
export function accountForLines(source: string, result: Pick<ParseResult, 'draft' | 'warnings' | 'preview'>): UnaccountedLine[] {
  const pieces = piecesOf(result.draft, result.warnings, result.preview);
  const lines = normaliseNewlines(source).split('\n');
  const named = namedWordsByLine(lines, result.preview, result.warnings);
  const out: UnaccountedLine[] = [];
  const frontMatterEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  lines.forEach((text, i) => {
    // A front matter line is a key and a value: the key says the field, the value must be found.
    const tokens = lineWords(i < frontMatterEnd ? text.replace(/^\s*(?:-\s+)?[\w-]+:(?:\s+|$)/, '') : text);
    if (!tokens.length) return;
    const naming = named.get(i + 1);
    const rest = naming ? tokens.filter((t) => !naming.has(t)) : tokens;
    if (!rest.length) return;
    let best: string[] | undefined;
    for (const piece of pieces) {
      const missing = rest.filter((t) => !piece.tokens.has(t) && !(piece.step && DURATION_WORD.test(t)));
      if (!missing.length) return;
      if (!best || missing.length < best.length) best = missing;
    }
    out.push({ line: i + 1, text, missing: best ?? rest });
  });
  return out;
}

/** A line's words, without the syntax that carries no text: link targets are kept, list markers, reference labels and fences are not. */
function lineWords(text: string): string[] {
  const line = text.trim().replace(/^(?:>\s*)+/, '').replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/u, '').replace(/^["']/, '').replace(/^(?:\[[ xX✓✔]?\]|[☐☑✅✓✔])\s*/u, '');
  // Div fences, kramdown attributes, Liquid tags, comments and the slides' "Note:" marker carry no text.
  if (/^:{3,}/.test(line) || /^\{:.*\}$/.test(line) || /^\{%.*%\}$/.test(line) || /^<!--.*-->$/.test(line)) return [];
  if (/^\[[^\]]+\]:\s*\S+/.test(line)) return words(line.replace(/^\[[^\]]+\]:\s*/, ''));
  // A slide's "Note:" marker (alone, or with the first words of the notes after it) is syntax too.
  return words(line.replace(/^notes?\s*:[ \t]*/i, '').replace(/\]\[[^\]]*\]/g, ']').replace(/\{alt=/g, '{').replace(/<\/?[a-z][^>]*>/gi, ' '));
}

/**
 * The words each line's entries name: a preview entry names the quoted label of its line
 * (`"Objectifs" (line 5)`), a warning its quoted values on its line and the lines of the same paragraph.
 */
function namedWordsByLine(lines: readonly string[], preview: readonly PreviewEntry[], warnings: readonly ImportWarning[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  const add = (line: number, text: string) => {
    const set = map.get(line) ?? new Set<string>();
    for (const m of text.matchAll(/"([^"]+)"/g)) for (const w of words(m[1]!)) set.add(w);
    map.set(line, set);
  };
  for (const p of preview) if (p.line) add(p.line, p.from);
  for (const w of warnings) {
    if (!w.line) continue;
    const quoted = `${w.message} "${w.params?.value ?? ''}"`;
    for (let l = w.line; l === w.line || (l <= lines.length && lines[l - 1]!.trim()); l++) add(l, quoted);
  }
  return map;
}

function piecesOf(draft: UnitDraft, warnings: readonly ImportWarning[], preview: readonly PreviewEntry[]): Piece[] {
  const pieces: Piece[] = [];
  const add = (text: string, step = false) => { if (text) pieces.push({ tokens: new Set(words(text)), step }); };
  add(draft.title);
  add(draft.description);
  add(draft.context);
  add(draft.participants);
  add(draft.hashtags.join(' '));
  add(draft.language);
  add(draft.licence);
  add(draft.source?.url ?? '');
  add(draft.contributors.map((c) => `${c.name} ${c.role ?? ''}`).join(' '));
  for (const o of draft.objectives) add(o.text);
  for (const n of draft.nextSteps) add(n.text);
  for (const s of draft.steps) add(`${s.title} ${s.minutes} ${s.notes}`, true);
  for (const m of draft.materials) add(`${m.title} ${m.url} ${m.licence}`);
  for (const slide of draft.slides) {
    for (const text of blockTexts(slide.content)) add(text);
    for (const text of blockTexts(slide.notes)) add(text);
  }
  for (const w of warnings) add(`${w.message} ${w.params?.value ?? ''} ${w.params?.to ?? ''}`);
  // A value read into a code (`Langue : français` → fr) is quoted by its preview entry.
  for (const p of preview) for (const m of p.summary.matchAll(/"([^"]+)"/g)) add(m[1]!);
  return pieces;
}

type AnyNode = { type: string; text?: string; attrs?: Record<string, unknown>; marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: AnyNode[] };

/** The text of each leaf block (paragraph, heading, code, image, table row), a link's address after its text. */
function blockTexts(doc: RichTextDoc): string[] {
  const out: string[] = [];
  const inline = (node: AnyNode): string => {
    if (node.type === 'text') {
      const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
      return typeof href === 'string' ? `${node.text ?? ''} ${href} ` : node.text ?? '';
    }
    if (node.type === 'image') return ` ${String(node.attrs?.alt ?? '')} ${String(node.attrs?.src ?? '')} ${String(node.attrs?.title ?? '')} `;
    // A line break inside a paragraph ends a word: the pad's lines joined by it stay apart.
    if (node.type === 'hardBreak') return '\n';
    return (node.content ?? []).map(inline).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
  };
  const walk = (node: AnyNode) => {
    if (['paragraph', 'heading', 'codeBlock', 'image', 'tableRow'].includes(node.type)) out.push(`${inline(node)} ${String(node.attrs?.language ?? '')}`);
    else for (const c of node.content ?? []) walk(c);
  };
  walk(doc as AnyNode);
  return out;
}
