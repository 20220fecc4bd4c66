import { emptyRichText, type BlockNode, type StepKind, type UnitDraftInput } from '@minga/schema';
import { cleanAttributes, parseDivs, stylesToDivs, type EpisodeNode, type Line } from './carpentriesBlocks.ts';
import { fenceMask } from './codeFences.ts';
import { finaliseDraft } from './finaliseDraft.ts';
import { lineOfKey, readFrontMatter, warnRepairs, type FrontMatter } from './frontMatter.ts';
import { blocksToDoc, markdownToBlocks, plainText } from './markdownToRichText.ts';
import { markdownIt } from './markdownIt.ts';
import { summarise } from './preview.ts';
import { append, cutLine, guessLanguage, normaliseNewlines, oneLine, trimChars } from './text.ts';
import { Warnings, type ParseResult, type PreviewEntry, type PreviewField } from './types.ts';

/**
 * A lesson episode of The Carpentries → a unit draft, in both formats: Workbench (fenced
 * `::: objectives` / `questions` / `keypoints` / `challenge` / `solution` divs) and the older
 * "styles" format (objectives, questions and keypoints in the front matter, `{: .challenge}` blockquotes).
 *
 * - `teaching` and `exercises` minutes become two steps, "Teaching" (talk) and "Exercises" (exercise),
 *   whose notes list the sections and the challenges;
 * - the questions become the description (one per line when there are three or fewer);
 * - each `#`/`##` section becomes a slide, each challenge a slide of its own with its solutions as
 *   speaker notes; `instructor` notes become speaker notes; callouts and other boxes become quotes;
 * - the keypoints become the closing slide "Key points" (the summary learners see at the end);
 * - the licence is CC-BY-4.0 (The Carpentries' lessons), credited to The Carpentries, with the source URL.
 */

export interface CarpentriesOptions {
  /** Where the episode was taken from: kept as the source, and relative links are resolved against it. */
  sourceUrl?: string;
}

const KNOWN_KEYS = new Set(['title', 'teaching', 'exercises', 'questions', 'objectives', 'keypoints', 'lang', 'language']);
const NOTE_DIVS = new Set(['solution', 'hint', 'spoiler']);
const CHALLENGE_DIVS = new Set(['challenge', 'exercise', 'discussion']);
const LIST_DIVS = new Set(['objectives', 'questions', 'keypoints']);

interface SlideAcc { content: BlockNode[]; notes: BlockNode[]; title?: string; challenge: boolean; line: number }

/** Parses a Carpentries episode; throws ImportError on a broken front matter. */
export function parseCarpentries(text: string, options: CarpentriesOptions = {}): ParseResult {
  const source = normaliseNewlines(text);
  const warnings = new Warnings();
  const fm = readFrontMatter(source);
  warnRepairs(fm, warnings);
  const data = fm?.data ?? {};
  const bodyFirstLine = fm?.bodyFirstLine ?? 1;
  const body = fm?.body ?? source;
  const lines: Line[] = body.split('\n').map((t, i) => ({ text: t, line: bodyFirstLine + i }));
  const cleaned = cleanAttributes(stylesToDivs(lines, warnings));
  const env: Record<string, unknown> = {};
  markdownIt.parse(cleaned.map((l) => l.text).join('\n'), env); // collects reference definitions for every fragment
  const toBlocks = (ls: readonly Line[]): BlockNode[] =>
    ls.length ? markdownToBlocks(ls.map((l) => l.text).join('\n'), { warnings, env, firstLine: ls[0]!.line, ...(options.sourceUrl ? { baseUrl: options.sourceUrl } : {}) }) : [];

  const lists: Record<string, BlockNode[][]> = { objectives: [], questions: [], keypoints: [] };
  const slides: SlideAcc[] = [];
  let current: SlideAcc | undefined;
  const newSlide = (line: number, challenge = false) => {
    current = { content: [], notes: [], challenge, line };
    slides.push(current);
    return current;
  };
  const divBlocks = (nodes: readonly EpisodeNode[]): BlockNode[] => {
    const out: BlockNode[] = [];
    for (const n of nodes) append(out, n.type === 'text' ? toBlocks(n.lines) : quote(divBlocks(n.children)));
    return out;
  };

  for (const node of parseDivs(cleaned, warnings)) {
    if (node.type === 'text') {
      for (const segment of splitAtHeadings(node.lines)) {
        const slide = segment.heading || !current ? newSlide(segment.lines[0]!.line) : current;
        append(slide.content, toBlocks(segment.lines));
        if (segment.heading) slide.title = segment.heading;
      }
    } else if (LIST_DIVS.has(node.name)) {
      lists[node.name]!.push(divBlocks(node.children));
    } else if (CHALLENGE_DIVS.has(node.name)) {
      const slide = newSlide(node.line, true);
      append(slide.content, divBlocks(node.children.filter((c) => !(c.type === 'div' && NOTE_DIVS.has(c.name)))));
      for (const c of node.children) if (c.type === 'div' && NOTE_DIVS.has(c.name)) append(slide.notes, divBlocks(c.children));
      slide.title = firstHeadingText(slide.content);
      current = undefined;
    } else if (node.name === 'instructor' || NOTE_DIVS.has(node.name)) {
      append((current ?? newSlide(node.line)).notes, divBlocks(node.children));
    } else {
      append((current ?? newSlide(node.line)).content, quote(divBlocks(node.children)));
    }
  }

  const title = typeof data.title === 'string' ? oneLine(data.title) : firstHeadingText(slides.flatMap((s) => s.content)) ?? '';
  const objectives = listTexts(lists.objectives!, data.objectives, toBlocks);
  const questions = listTexts(lists.questions!, data.questions, toBlocks);
  const keypointBlocks = lists.keypoints!.length ? lists.keypoints!.flat() : frontMatterList(data.keypoints, toBlocks);
  if (keypointBlocks.length) {
    slides.push({ content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Key points' }] }, ...keypointBlocks], notes: [], challenge: false, line: 0 });
  }

  const sections = slides.filter((s) => !s.challenge && s.title).map((s) => s.title!);
  const challenges = slides.filter((s) => s.challenge).map((s) => s.title ?? 'Challenge');
  const steps: UnitDraftInput['steps'] = [];
  const addStep = (key: 'teaching' | 'exercises', title: string, kind: StepKind, names: string[], what: string) => {
    const minutes = readMinutes(data[key], key, warnings);
    if (minutes > 0) steps.push({ title, kind, minutes, notes: names.length ? `${what}: ${names.join(', ')}`.slice(0, 10000) : '' });
  };
  addStep('teaching', 'Teaching', 'talk', sections, 'Sections');
  addStep('exercises', 'Exercises', 'exercise', challenges, 'Challenges');

  const extra = Object.keys(data).filter((k) => !KNOWN_KEYS.has(k));
  if (extra.length) warnings.add('unknown_key', `front matter keys kept in the context: ${extra.join(', ')}`, undefined, { value: extra.join(', ') });
  // The Carpentries write in English; an episode without `lang` that reads clearly French is French.
  const language = typeof data.lang === 'string' ? data.lang : typeof data.language === 'string' ? data.language : guessLanguage(`${title}\n${body}`, 'en');

  const input: UnitDraftInput = {
    title: cutLine(title, 200),
    description: describeQuestions(questions),
    hashtags: ['carpentries'],
    context: extra.map((k) => `${k}: ${typeof data[k] === 'string' ? data[k] : JSON.stringify(data[k])}`).join('\n'),
    objectives: objectives.map((t) => ({ text: t.slice(0, 1000) })),
    steps,
    slides: slides
      .filter((s) => s.content.length || s.notes.length)
      .map((s) => ({ content: blocksToDoc(s.content, warnings), notes: s.notes.length ? blocksToDoc(s.notes, warnings) : emptyRichText() })),
    language,
    licence: 'CC-BY-4.0',
    contributors: [{ name: 'The Carpentries', role: 'original lesson' }],
  };
  if (options.sourceUrl) {
    input.source = { url: options.sourceUrl };
    input.materials = [{ title: cutLine(`${title} (The Carpentries)`, 300), url: options.sourceUrl, licence: 'CC BY 4.0' }];
  }
  const draft = finaliseDraft(input);
  return { draft, warnings: warnings.list, preview: withKeyLines(preview(draft, lists, fm !== undefined, keypointBlocks.length > 0), fm, data) };
}

/** Blocks in a quote, the way callouts and other boxes show; nothing for an empty box. */
function quote(blocks: BlockNode[]): BlockNode[] {
  return blocks.length ? [{ type: 'blockquote', content: blocks }] : [];
}

/** Text lines cut before each top-level `#` or `##` heading (code fences respected). */
function splitAtHeadings(lines: readonly Line[]): { heading?: string; lines: Line[] }[] {
  const out: { heading?: string; lines: Line[] }[] = [];
  const inFence = fenceMask(lines.map((l) => l.text), true);
  for (const [i, l] of lines.entries()) {
    const h = !inFence[i] && /^#{1,2}\s/.test(l.text) ? trimChars(l.text.replace(/^#{1,2}\s+/, ''), '#', 'end') : undefined;
    if (h !== undefined) out.push({ heading: h.replace(/[*_`]/g, ''), lines: [l] });
    else if (out.length) out[out.length - 1]!.lines.push(l);
    else out.push({ lines: [l] });
  }
  return out.filter((s) => s.heading || s.lines.some((l) => l.text.trim()));
}

function firstHeadingText(blocks: readonly BlockNode[]): string | undefined {
  const h = blocks.find((b) => b.type === 'heading');
  const text = h ? oneLine(plainText(h)) : '';
  return text || undefined;
}

/** The items of the lists in some blocks, as plain text; the paragraphs when there is no list. */
function itemsOf(blocks: readonly BlockNode[]): string[] {
  const list = blocks.find((b) => b.type === 'bulletList' || b.type === 'orderedList');
  if (list && (list.type === 'bulletList' || list.type === 'orderedList')) {
    return (list.content ?? []).map((item) => oneLine(plainText(item))).filter(Boolean);
  }
  return blocks.filter((b) => b.type === 'paragraph').map((b) => oneLine(plainText(b))).filter(Boolean);
}

function frontMatterList(value: unknown, toBlocks: (ls: Line[]) => BlockNode[]): BlockNode[] {
  if (!Array.isArray(value) || value.length === 0) return [];
  return toBlocks(value.map((v) => ({ text: `- ${oneLine(String(v))}`, line: 0 })));
}

function listTexts(divs: BlockNode[][], frontMatter: unknown, toBlocks: (ls: Line[]) => BlockNode[]): string[] {
  if (divs.length) return divs.flatMap(itemsOf);
  return itemsOf(frontMatterList(frontMatter, toBlocks));
}

function readMinutes(value: unknown, key: string, warnings: Warnings): number {
  if (value === undefined || value === null) return 0;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n < 0) {
    warnings.add('duration_invalid', `"${key}: ${String(value)}" is not a number of minutes; it was left out`, undefined, { value: `${key}: ${String(value)}` });
    return 0;
  }
  if (n > 600) {
    warnings.add('duration_cut', `"${key}: ${n}" is more than 600 minutes; the step lasts 600`, undefined, { value: key, n });
    return 600;
  }
  return Math.round(n);
}

/** The questions, one per line when they fit the description's three lines, joined otherwise. */
function describeQuestions(questions: readonly string[]): string {
  const text = questions.length <= 3 ? questions.join('\n') : questions.join(' ');
  return text.length <= 1000 ? text : cutLine(text.replace(/\n/g, ' '), 1000);
}

function preview(draft: ParseResult['draft'], lists: Record<string, BlockNode[][]>, hasFrontMatter: boolean, hasKeypoints: boolean): PreviewEntry[] {
  const from = (name: string) => (lists[name]!.length ? `the "${name}" block` : `front matter "${name}"`);
  const entries: [PreviewField, string][] = [
    ['title', hasFrontMatter ? 'front matter "title"' : 'the first heading'],
    ['description', from('questions')],
    ['objectives', from('objectives')],
    ['steps', 'front matter "teaching" and "exercises"'],
    ['slides', 'the sections and challenges'],
    ...(hasKeypoints ? [['slides', `${from('keypoints')}, as the last slide "Key points"`] as [PreviewField, string]] : []),
    ['licence', 'The Carpentries\' licence'],
    ['contributors', 'credit to The Carpentries'],
  ];
  if (draft.source) entries.push(['source', 'the address given']);
  if (draft.context) entries.push(['context', 'other front matter keys']);
  return entries.map(([field, f]) => ({ field, from: f, summary: summarise(field, draft) ?? '' }));
}

/**
 * The front matter lines the preview points at: each entry that names a key gets the key's line;
 * `teaching: 0` or `exercises: 0` (no step) and `lang` get an entry of their own.
 */
function withKeyLines(entries: PreviewEntry[], fm: FrontMatter | undefined, data: Record<string, unknown>): PreviewEntry[] {
  if (!fm) return entries;
  const lined = entries.map((e) => {
    const key = /^front matter "(\w+)"/.exec(e.from)?.[1];
    const line = key ? lineOfKey(fm, key) : undefined;
    return line ? { ...e, line } : e;
  });
  for (const key of ['teaching', 'exercises', 'lang', 'language']) {
    if (!Object.hasOwn(data, key)) continue;
    const line = lineOfKey(fm, key);
    if (key === 'lang' || key === 'language') lined.push({ field: 'language', from: `front matter "${key}"`, ...(line ? { line } : {}), summary: String(data[key]) });
    else if (!(Number(data[key]) > 0)) lined.push({ field: 'steps', from: `front matter "${key}"`, ...(line ? { line } : {}), summary: `${String(data[key])} minutes: no step` });
  }
  return lined;
}
