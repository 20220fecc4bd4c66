/**
 * Where French text lets a line break between a word and its « : ; ! ? » or inside « »: each needs
 * a non-breaking space (U+00A0 or the narrow U+202F). Interpolations ({{…}}, $t(…)) are code, and a
 * sign glued to what follows (14:30, ?key=), a URL scheme (mailto:) or a run of signs (:::) is no
 * punctuation. Returns each fault with a little context. One rule for the app's catalogs, the
 * exports' texts, the CLI's messages and the demo content the server seeds.
 */
export function frenchTypographyFaults(text: string): string[] {
  const prose = text.replace(/\{\{.*?\}\}|\$t\(.*?\)/g, '{}').replace(/\b(?:https?|mailto):/g, 'url');
  const faults = [
    ...prose.matchAll(/(?<![\u00a0\u202f:;!?…])[:;!?](?=[\s»)"…,.]|$)/g),
    ...prose.matchAll(/«(?![\u00a0\u202f])/g),
    ...prose.matchAll(/(?<![\u00a0\u202f])»/g),
  ];
  return faults.map((fault) => prose.slice(Math.max(0, fault.index - 12), fault.index + 2));
}

type ContentNode = { type?: unknown; text?: unknown; content?: unknown; marks?: unknown };

const isNode = (n: unknown): n is ContentNode => typeof n === 'object' && n !== null;
const isRun = (n: unknown) => isNode(n) && (n.type === 'text' || n.type === 'hardBreak');
const isCode = (n: ContentNode) => Array.isArray(n.marks) && n.marks.some((m) => isNode(m) && m.type === 'code');

/**
 * Every string a value holds (a unit, a session, demo content), with where it is, to hold it to
 * `frenchTypographyFaults`. The runs of a paragraph or heading are joined first, since a sign may
 * begin a run after a marked one (bold('Matériels'), '\u00a0: …'); code (a code block, a run marked
 * code) is no prose and reads as `code`, so `licence: CC-BY-SA-4.0` keeps its plain colon.
 */
export function proseTexts(value: unknown, where: string): Array<[where: string, text: string]> {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => proseTexts(v, `${where}[${i}]`));
  if (!isNode(value) || value.type === 'codeBlock') return [];
  const runs = value.content;
  if (Array.isArray(runs) && runs.length > 0 && runs.every(isRun)) {
    return [[where, (runs as ContentNode[]).map((n) => (n.type === 'hardBreak' ? '\n' : isCode(n) ? 'code' : String(n.text))).join('')]];
  }
  return Object.entries(value).flatMap(([key, v]) => proseTexts(v, `${where}.${key}`));
}
