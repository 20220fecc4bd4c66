import { IMPORT_WARNING_CODES, UnitDraftSchema, UnitSchema, type RichTextDoc, type UnitDraft } from '@minga/schema';
import { importText } from '../src/importText.ts';
import { accountForLines } from '../src/lineAccounting.ts';
import { plainText } from '../src/markdownToRichText.ts';
import { sectionLines, splitPadSections } from '../src/padSections.ts';
import { parseMarkdown } from '../src/parseMarkdown.ts';
import { parseMingaJson } from '../src/parseMingaJson.ts';
import { fold } from '../src/text.ts';
import { unitToMarkdown } from '../src/unitToMarkdown.ts';

/**
 * What can be checked on any real file, whoever wrote it: the import gives a unit that validates,
 * with a title, known warnings on lines of the file, Markdown and JSON exports that read back the same,
 * every non-empty line of the file accounted for (in the unit, or in a warning naming it), and,
 * for a pad, every word of its text somewhere in the unit.
 */

export interface CorpusOutcome {
  /** passed: imported and every check held; refused: not a text file the importer takes, with a clear reason; failed: a check broke. */
  status: 'passed' | 'refused' | 'failed';
  /** One line: what was imported, or why it was refused. */
  summary: string;
  /** The checks that broke. */
  problems: string[];
}

// Import errors that mean "this is not a file to import", said to the user as such.
const UNSUPPORTED = new Set(['binary', 'invalid_utf8', 'empty', 'too_large']);
// Words a pad's run-sheet spends on durations and totals, which the steps keep as minutes.
const DURATION_WORDS = new Set(['minute', 'minutes', 'heure', 'heures', 'hour', 'hours', 'total', 'duree', 'totale', 'environ']);
const CLOCK_TIME = /^\d{1,2}h\d{0,2}$/;

/** Imports one file's bytes and runs every generic check on the result. */
export function checkFile(bytes: Uint8Array, filename: string): CorpusOutcome {
  let result: ReturnType<typeof importText>;
  try {
    result = importText(bytes, { filename });
  } catch (e) {
    return { status: 'failed', summary: 'the importer crashed', problems: [`importText threw ${e instanceof Error ? e.stack ?? e.message : String(e)}`] };
  }
  if (!result.ok) {
    const { code, message } = result.error;
    const clear = message.trim().length > 0;
    if (UNSUPPORTED.has(code) && clear) return { status: 'refused', summary: `refused (${code}): ${message}`, problems: [] };
    return { status: 'failed', summary: `import failed (${code})`, problems: [`the import failed: ${code}: ${message || '(no message)'}`] };
  }

  const { draft, format, warnings } = result;
  const problems: string[] = [];
  const lineCount = new TextDecoder().decode(bytes).split('\n').length;
  if (!draft.title.trim()) problems.push('the title is empty');
  const asDraft = UnitDraftSchema.safeParse(draft);
  if (!asDraft.success) problems.push(`the draft does not validate: ${asDraft.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const asUnit = UnitSchema.safeParse({ ...draft, id: 'corpus-check' });
  if (!asUnit.success) problems.push(`the draft is no valid unit once given an id: ${asUnit.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const w of warnings) {
    if (!(IMPORT_WARNING_CODES as readonly string[]).includes(w.code)) problems.push(`unknown warning code "${w.code}"`);
    if (!w.message.trim()) problems.push(`warning "${w.code}" has no message`);
    if (w.line !== undefined && (w.line < 1 || w.line > lineCount)) problems.push(`warning "${w.code}" points at line ${w.line}, outside the file's ${lineCount} lines`);
  }
  if (asUnit.success) problems.push(...roundTripProblems(asUnit.data));
  problems.push(...unaccountedLines(new TextDecoder().decode(bytes), result));
  if (format === 'pad') problems.push(...lostWords(new TextDecoder().decode(bytes), draft, warnings.map((w) => w.message)));

  const minutes = draft.steps.reduce((sum, s) => sum + s.minutes, 0);
  const summary = `${format}, "${draft.title}": ${draft.objectives.length} objectives, ${draft.steps.length} steps (${minutes} min), ${draft.slides.length} slides, ${warnings.length} warnings`;
  return { status: problems.length ? 'failed' : 'passed', summary, problems };
}

/** Lines of the file that land nowhere: neither in the unit nor in a warning naming them (accountForLines). */
export function unaccountedLines(text: string, result: Parameters<typeof accountForLines>[1]): string[] {
  return accountForLines(text.replace(/^\uFEFF/, ''), result).map(
    (lost) => `line ${lost.line} is accounted for nowhere (missing: ${lost.missing.slice(0, 8).join(', ')}): ${lost.text.trim().slice(0, 120)}`,
  );
}

/** The unit's Markdown and JSON exports read back as the same unit, field for field (what export then import promises). */
function roundTripProblems(unit: Parameters<typeof unitToMarkdown>[0]): string[] {
  const problems: string[] = [];
  for (const [form, readBack] of [
    ['Markdown', () => parseMarkdown(unitToMarkdown(unit)).draft],
    ['JSON', () => parseMingaJson(JSON.stringify(unit)).draft],
  ] as const) {
    let back: UnitDraft;
    try {
      back = readBack();
    } catch (e) {
      problems.push(`its ${form} export does not import back: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const fields = (Object.keys({ ...unit, ...back }) as (keyof UnitDraft)[]).filter((k) => JSON.stringify(unit[k as keyof typeof unit]) !== JSON.stringify(back[k]));
    if (fields.length) problems.push(`its ${form} export reads back different in: ${fields.join(', ')}`);
  }
  return problems;
}

/**
 * Words of the pad's text that are nowhere in the unit nor in a warning (what is dropped must be
 * said). Headers' labels, durations and clock times (they become minutes) and the language and
 * licence sections (they become codes) are left aside.
 */
function lostWords(text: string, draft: UnitDraft, said: string[]): string[] {
  const rich = (doc: RichTextDoc) => plainText(doc);
  const everything = fold([
    draft.title, draft.description, draft.context, draft.participants,
    ...draft.objectives.map((o) => o.text),
    ...draft.steps.flatMap((s) => [s.title, s.notes]),
    ...draft.nextSteps.map((n) => n.text),
    ...draft.hashtags,
    ...draft.materials.flatMap((m) => [m.title, m.url, m.licence]),
    ...draft.contributors.flatMap((c) => [c.name, c.role ?? '']),
    ...draft.slides.flatMap((s) => [rich(s.content), rich(s.notes)]),
    draft.source?.url ?? '',
    ...said,
  ].join('\n'));
  const present = new Set(everything.split(/[^\p{L}\p{N}]+/u));
  const missing = new Set<string>();
  for (const section of splitPadSections(text)) {
    if (section.field === 'language' || section.field === 'licence') continue;
    for (const line of sectionLines(section)) {
      for (const word of fold(line.text).split(/[^\p{L}\p{N}]+/u)) {
        if (word.length < 4 || !/\p{L}/u.test(word) || DURATION_WORDS.has(word) || CLOCK_TIME.test(word)) continue;
        if (!present.has(word)) missing.add(word);
      }
    }
  }
  if (!missing.size) return [];
  const shown = [...missing].slice(0, 10).join(', ');
  return [`${missing.size} words of the pad are nowhere in the unit: ${shown}${missing.size > 10 ? ', …' : ''}`];
}
