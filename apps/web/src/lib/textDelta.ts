/** One step of a Y.Text change, as `YTextEvent.delta` lists them (positions in the old text). */
export type TextDeltaOp = { retain?: number; insert?: unknown; delete?: number };

/** A local edit of a plain text field: `remove` characters at `index` replaced by `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * Where an offset of a text lands after a change. Text inserted exactly at the offset goes
 * after it when `stickToEnd` is false (a caret stays put while someone else types right there)
 * and before it when true (the end of a selection grows to cover it).
 */
export function mapIndexThroughDelta(index: number, delta: readonly TextDeltaOp[], stickToEnd = false): number {
  let oldPos = 0;
  let mapped = index;
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldPos += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldPos < index || (oldPos === index && stickToEnd)) mapped += length;
    } else if (op.delete !== undefined) {
      // Characters removed before the offset pull it back; removing across it puts it at the cut.
      mapped -= Math.max(0, Math.min(op.delete, index - oldPos));
      oldPos += op.delete;
    }
    if (oldPos > index) break;
  }
  return mapped;
}

/**
 * The one contiguous edit that turns `before` into `after`. In a run of equal characters
 * ("aa" → "aaa") several edits fit; `caret` (where the caret stands in `after`) picks the one
 * the person made, so the change lands where they typed and merges there with the others'.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const grown = Math.max(0, after.length - before.length);
  const maxPrefix = caret === undefined ? Infinity : Math.max(0, caret - grown);
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && prefix < maxPrefix && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix && suffix < after.length - prefix
    && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) suffix++;
  // Never cut an emoji's surrogate pair: Yjs would store two replacement characters.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Rebases a local edit, computed against text the person saw, onto the text as it stands after
 * `deltas` (changes by others not yet shown, oldest first): what they wrote outside the edited
 * range survives, instead of being replaced by the stale copy the person saw.
 */
export function rebaseEdit(edit: TextEdit, deltas: readonly (readonly TextDeltaOp[])[]): TextEdit {
  let start = edit.index;
  let end = edit.index + edit.remove;
  for (const delta of deltas) {
    start = mapIndexThroughDelta(start, delta);
    end = Math.max(start, mapIndexThroughDelta(end, delta, false));
  }
  return { index: start, remove: end - start, insert: edit.insert };
}
