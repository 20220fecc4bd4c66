import { describe, expect, it } from 'vitest';
import { frenchTypographyFaults } from './frenchTypography.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';

type Node = { type?: unknown; text?: unknown; content?: unknown; marks?: unknown };

const isNode = (n: unknown): n is Node => typeof n === 'object' && n !== null;
const isRun = (n: unknown) => isNode(n) && (n.type === 'text' || n.type === 'hardBreak');
const isCode = (n: Node) => Array.isArray(n.marks) && n.marks.some((m) => isNode(m) && m.type === 'code');

/**
 * Every string a value holds, with where it is. The runs of a paragraph or heading are joined first,
 * since a sign may begin a run after a marked one; code (a code block, a run marked code) is no
 * prose and reads as `code`, so `licence: CC-BY-SA-4.0` keeps its plain colon.
 */
function textsOf(value: unknown, where: string): Array<[string, string]> {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${where}[${i}]`));
  if (!isNode(value)) return [];
  if (value.type === 'codeBlock') return [];
  const runs = value.content;
  if (Array.isArray(runs) && runs.length > 0 && runs.every(isRun)) {
    const text = (runs as Node[]).map((n) => (n.type === 'hardBreak' ? '\n' : isCode(n) ? 'code' : String(n.text))).join('');
    return [[where, text]];
  }
  return Object.entries(value).flatMap(([key, v]) => textsOf(v, `${where}.${key}`));
}

describe('the example unit and session', () => {
  // The session has no language of its own: it is French, as the unit it places.
  const texts = [...textsOf(EXAMPLE_UNIT, 'EXAMPLE_UNIT'), ...textsOf(EXAMPLE_SESSION, 'EXAMPLE_SESSION')];

  it('French text puts a non-breaking space before : ; ! ? and inside « », and uses ’ rather than straight quotes', () => {
    expect(EXAMPLE_UNIT.language).toBe('fr');
    const problems = texts.flatMap(([where, text]) => frenchTypographyFaults(text).map((fault) => `${where}: …${fault}…`));
    expect(problems).toEqual([]);
    expect(texts.filter(([, text]) => /['"]/.test(text))).toEqual([]);
  });

  it('reads every nested text, the slides’ runs joined, and code as no prose', () => {
    expect(texts.length).toBeGreaterThan(60);
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'Voir', marks: [{ type: 'bold' }] }, { type: 'text', text: ' : ' }, { type: 'text', text: 'a: b', marks: [{ type: 'code' }] }] };
    expect(textsOf({ notes: [paragraph] }, 'n')).toEqual([['n.notes[0]', 'Voir : code']]);
    expect(textsOf({ type: 'codeBlock', content: [{ type: 'text', text: 'licence: CC-BY-SA-4.0\n' }] }, 'c')).toEqual([]);
  });
});
