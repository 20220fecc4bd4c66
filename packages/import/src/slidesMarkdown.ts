import type { Slide } from '@minga/schema';
import { fenceMask } from './codeFences.ts';
import { richTextToMarkdown } from './richTextToMarkdown.ts';

/**
 * The body of a unit's Markdown is its slides, in reveal.js's own Markdown conventions:
 * - a line `---` (after a blank line) separates slides;
 * - `<!-- .slide: id="…" data-visibility="hidden" data-step="…" -->` first in a slide carries its
 *   id, hides it, and links it to a step of the sequence;
 * - a line starting with `Note:` or `Notes:` begins the speaker notes, up to the end of the slide.
 * Without any `---` separator or `.slide` comment, each `#` or `##` heading begins a slide.
 */

export interface SlideChunk {
  /** Markdown of the slide's content. */
  content: string;
  /** Markdown of its speaker notes; undefined when the slide has no `Note:` line. */
  notes?: string;
  id?: string;
  hidden: boolean;
  /** The id of the sequence step the slide belongs to. */
  stepId?: string;
  /** 1-based line of the input where the slide begins. */
  line: number;
}

const SLIDE_COMMENT = /^<!--\s*\.slide:(.*?)-->\s*$/;
const NOTES_LINE = /^notes?\s*:[ \t]*(.*)$/i;

/** Splits a Markdown body into slides, recognising code fences so nothing inside them counts. */
export function splitSlides(body: string, firstLine = 1): SlideChunk[] {
  const lines = body.split('\n');
  const inFence = fenceMask(lines);
  const explicit = lines.some((l, i) => !inFence[i] && (isSeparator(lines, i, inFence) || (l.length <= 500 && SLIDE_COMMENT.test(l))));
  const starts: number[] = [0];
  for (let i = 0; i < lines.length; i++) {
    if (inFence[i]) continue;
    if (explicit ? isSeparator(lines, i, inFence) : i > 0 && /^#{1,2}(\s|$)/.test(lines[i]!)) starts.push(i);
  }
  const chunks: SlideChunk[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const from = explicit && k > 0 ? start + 1 : start;
    const chunk = readChunk(lines.slice(from, end), inFence.slice(from, end), firstLine + from);
    if (chunk) chunks.push(chunk);
  });
  return chunks;
}

function isSeparator(lines: readonly string[], i: number, inFence: readonly boolean[]): boolean {
  return !inFence[i] && /^---[ \t]*$/.test(lines[i]!) && (i === 0 || lines[i - 1]!.trim() === '');
}

function readChunk(lines: string[], inFence: boolean[], line: number): SlideChunk | undefined {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return undefined;
  let id: string | undefined;
  let hidden = false;
  let stepId: string | undefined;
  const comment = lines[first]!.length <= 500 ? SLIDE_COMMENT.exec(lines[first]!.trim()) : null;
  if (comment) {
    for (const [, key, value] of comment[1]!.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) {
      if (key === 'id') id = value;
      if (key === 'data-visibility' && value === 'hidden') hidden = true;
      if (key === 'data-step') stepId = value;
    }
    lines = lines.slice(first + 1);
    inFence = inFence.slice(first + 1);
  }
  const notesAt = lines.findIndex((l, i) => !inFence[i] && NOTES_LINE.test(l));
  const chunk: SlideChunk = { content: '', hidden, line: line + (comment ? 1 : 0) };
  if (id !== undefined) chunk.id = id;
  if (stepId !== undefined) chunk.stepId = stepId;
  if (notesAt === -1) chunk.content = trimBlankLines(lines.join('\n'));
  else {
    chunk.content = trimBlankLines(lines.slice(0, notesAt).join('\n'));
    const rest = NOTES_LINE.exec(lines[notesAt]!)![1]!;
    chunk.notes = trimBlankLines([rest, ...lines.slice(notesAt + 1)].join('\n'));
  }
  return chunk;
}

/** Leading and trailing blank lines removed; the indentation of the first line kept (it can mean code). */
function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/** Slides as a Markdown body that splitSlides and the rich text reader turn back into the same slides. */
export function slidesToMarkdown(slides: readonly Slide[]): string {
  return slides
    .map((slide) => {
      const attrs = [`id="${slide.id}"`, ...(slide.hidden ? ['data-visibility="hidden"'] : []), ...(slide.stepId ? [`data-step="${slide.stepId}"`] : [])].join(' ');
      const parts = [`<!-- .slide: ${attrs} -->`];
      const content = richTextToMarkdown(slide.content);
      if (content) parts.push(content);
      if (slide.notes.content.length > 0) parts.push('Note:', richTextToMarkdown(slide.notes));
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n');
}
