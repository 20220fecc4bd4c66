import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CommentRange } from '@minga/schema';

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

/** Where a range is now: its type and indices, or null when its words were deleted (or it points elsewhere). */
export function resolveRange(doc: Y.Doc, range: CommentRange): { type: Y.AbstractType<unknown>; start: number; end: number } | null {
  const from = decodePosition(range.start);
  const to = decodePosition(range.end);
  if (!from || !to) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(from, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(to, doc);
  if (!start || !end || start.type !== end.type || end.index <= start.index) return null;
  return { type: start.type, start: start.index, end: end.index };
}

/** The words a range holds now, or null when they are gone. */
export function rangeText(doc: Y.Doc, range: CommentRange): string | null {
  const at = resolveRange(doc, range);
  if (!at || !(at.type instanceof Y.Text)) return null;
  return plainText(at.type).slice(at.start, at.end);
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
