import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CommentRange } from '@minga/schema';

/** Any Yjs type, whatever its events. */
type AnyType = Y.AbstractType<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A thread's range of text, kept as Yjs relative positions: each end follows its character
 * through anyone's concurrent edits, so the thread stays on its words. Works on a Y.Text field
 * (a title, an objective) and on the Y.XmlText inside rich text (the browser maps ProseMirror
 * positions with y-tiptap's `absolutePositionToRelativePosition`).
 */

/** The range [start, end) of `type` as a comment range, with the words it holds now as its quote. */
export function textRange(type: Y.Text | Y.XmlText, start: number, end: number): CommentRange {
  // The start sticks to the character after it and the end to the one before it, so typing
  // at either edge does not pull new words into the range.
  const from = Y.createRelativePositionFromTypeIndex(type, start, 0);
  const to = Y.createRelativePositionFromTypeIndex(type, end, -1);
  return {
    start: encodePosition(from),
    end: encodePosition(to),
    quote: plainText(type).slice(start, end).slice(0, 1000),
  };
}

/** One end of a range: a text and an index in it. */
export interface RangeEnd {
  type: Y.Text | Y.XmlText;
  index: number;
}

/**
 * The range from `start` to `end` as a comment range, with the words it holds now as its quote.
 * In rich text the ends may lie in different texts of one fragment (a selection across
 * paragraphs, list items or a line break); the quote then puts a line break between them.
 */
export function spanRange(start: RangeEnd, end: RangeEnd): CommentRange {
  if (start.type === end.type) return textRange(start.type, start.index, end.index);
  const from = Y.createRelativePositionFromTypeIndex(start.type, start.index, 0);
  const to = Y.createRelativePositionFromTypeIndex(end.type, end.index, -1);
  return { start: encodePosition(from), end: encodePosition(to), quote: (spanText(start, end) ?? '').slice(0, 1000) };
}

/** Where a range is now: where it starts and where it ends. */
export interface ResolvedRange {
  /** The text the range starts in, and its index there. */
  type: Y.Text | Y.XmlText;
  start: number;
  /** The text the range ends in (the same one unless it spans paragraphs), and its index there. */
  endType: Y.Text | Y.XmlText;
  end: number;
}

/** Where a range is now, or null when its words were deleted (or it points elsewhere). */
export function resolveRange(doc: Y.Doc, range: CommentRange): ResolvedRange | null {
  const from = decodePosition(range.start);
  const to = decodePosition(range.end);
  if (!from || !to) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(from, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(to, doc);
  if (!start || !end || !isText(start.type) || !isText(end.type)) return null;
  if (start.type === end.type) {
    if (end.index <= start.index) return null;
    return { type: start.type, start: start.index, endType: end.type, end: end.index };
  }
  // Across texts: both still in the document, in one fragment, the start before the end, and
  // some words left between them (not only the line breaks of emptied paragraphs).
  if (!isLive(start.type) || !isLive(end.type)) return null;
  const startPath = pathOf(start.type);
  const endPath = pathOf(end.type);
  if (startPath[0] !== endPath[0] || compareIndices(startPath.slice(1) as number[], endPath.slice(1) as number[]) >= 0) return null;
  const at: ResolvedRange = { type: start.type, start: start.index, endType: end.type, end: end.index };
  const text = spanText({ type: at.type, index: at.start }, { type: at.endType, index: at.end });
  return text !== null && text.replace(/\n/g, '') !== '' ? at : null;
}

/** The words a range holds now (line breaks between paragraphs), or null when they are gone. */
export function rangeText(doc: Y.Doc, range: CommentRange): string | null {
  const at = resolveRange(doc, range);
  if (!at) return null;
  if (at.type === at.endType) return plainText(at.type).slice(at.start, at.end);
  return spanText({ type: at.type, index: at.start }, { type: at.endType, index: at.end });
}

function isText(type: AnyType): type is Y.Text | Y.XmlText {
  return type instanceof Y.Text;
}

/** Whether a type and every element around it are still in the document. */
function isLive(type: AnyType): boolean {
  for (let item = type._item; item !== null; item = (item.parent as AnyType)._item) {
    if (item.deleted) return false;
  }
  return true;
}

/**
 * The fragment a text of rich text lives in (a slide's content, its notes), then the text's
 * position among its siblings at each level down to it. A text outside rich text is its own root.
 */
function pathOf(type: AnyType): [AnyType, ...number[]] {
  const indices: number[] = [];
  let current = type;
  while (current._item !== null && current._item.parentSub === null && (current === type || current instanceof Y.XmlElement)) {
    let index = 0;
    for (let sibling = current._item.left; sibling !== null; sibling = sibling.left) index += 1;
    indices.unshift(index);
    current = current._item.parent as AnyType;
    if (!(current instanceof Y.XmlFragment)) return [type];
  }
  return [current, ...indices];
}

function compareIndices(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/** Every text under a type, in the document's order (deleted ones left out). */
function textsUnder(type: AnyType, into: (Y.Text | Y.XmlText)[] = []): (Y.Text | Y.XmlText)[] {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type as AnyType;
    if (child instanceof Y.Text) into.push(child);
    else textsUnder(child, into);
  }
  return into;
}

/** The words from one end to the other across texts, a line break between texts; null if out of order. */
function spanText(start: RangeEnd, end: RangeEnd): string | null {
  const [root] = pathOf(start.type);
  const texts = textsUnder(root);
  const first = texts.indexOf(start.type);
  const last = texts.indexOf(end.type);
  if (first < 0 || last < first) return null;
  if (first === last) return plainText(start.type).slice(start.index, end.index);
  return [
    plainText(start.type).slice(start.index),
    ...texts.slice(first + 1, last).map(plainText),
    plainText(end.type).slice(0, end.index),
  ].join('\n');
}

/**
 * The characters of a text as indices count them: a Y.XmlText's `toString()` wraps formatted
 * runs in tags (`<bold>…</bold>`), and an embed counts as one character (U+FFFC here).
 */
export function plainText(type: Y.Text | Y.XmlText): string {
  if (!(type instanceof Y.XmlText)) return type.toString();
  return (type.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '\uFFFC')).join('');
}

/** A relative position as base64, the form anchors keep in JSON. */
export function encodePosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** The relative position of a base64 anchor end, or null when it cannot be read. */
export function decodePosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}
