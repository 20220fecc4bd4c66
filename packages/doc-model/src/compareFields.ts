import { jsonEqual, type ItemFieldChange, type RichTextDoc } from '@minga/schema';
import { richTextToReadable } from './richTextToReadable.ts';
import { wordDiff } from './wordDiff.ts';

/**
 * How one field of a unit, a session or a list item compares between two states. The kind of
 * comparison follows the value: rich text and prose as word diffs, names and tags as sets,
 * choices, numbers and dates as before/after.
 */

/** Fields holding a choice or an identifier: shown as before → after, never as a word diff. */
const VALUE_FIELDS = new Set([
  'kind', 'mode', 'language', 'licence', 'date', 'startTime', 'theme', 'unitId', 'pinnedVersion', 'stepId', 'url', 'target',
]);

/** The change of one non-list field, or null when it is the same. */
export function compareField(field: string, before: unknown, after: unknown): ItemFieldChange | null {
  if (jsonEqual(before, after)) return null;
  if (isRichText(before) || isRichText(after)) return compareRichText(field, before, after);
  if (!VALUE_FIELDS.has(field) && isTextOrAbsent(before) && isTextOrAbsent(after)) {
    return { field, kind: 'text', parts: wordDiff(before ?? '', after ?? '') };
  }
  const names = [before, after].every((v) => v === undefined || isNameList(v));
  if (names) return compareNames(field, namesOf(before), namesOf(after));
  return { field, kind: 'value', before: before ?? null, after: after ?? null };
}

function compareRichText(field: string, before: unknown, after: unknown): ItemFieldChange {
  const a = isRichText(before) ? richTextToReadable(before) : '';
  const b = isRichText(after) ? richTextToReadable(after) : '';
  return { field, kind: 'richText', parts: wordDiff(a, b), formattingOnly: a === b };
}

function compareNames(field: string, before: string[], after: string[]): ItemFieldChange | null {
  const added = after.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !after.includes(n));
  // Only the order changed: people do not read a reordering of tags or names as a change.
  return added.length + removed.length === 0 ? null : { field, kind: 'set', added, removed };
}

/** True for a rich text document (a Tiptap `doc`). */
export function isRichText(value: unknown): value is RichTextDoc {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';
}

function isTextOrAbsent(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

/** Hashtags, facilitators, contributors, objective links: lists read as a set of names. */
function isNameList(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string'));
}

function namesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => {
    if (typeof v === 'string') return v;
    const { name, role } = v as { name: string; role?: string };
    return role ? `${name} (${role})` : name;
  });
}
