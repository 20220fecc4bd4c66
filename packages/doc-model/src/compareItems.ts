import { diffArrays } from 'diff';
import type { ItemChange, ItemFieldChange } from '@minga/schema';
import { compareField, isRichText } from './compareFields.ts';
import { richTextToReadable } from './richTextToReadable.ts';

/** A list item: anything with a stable id (step, slide, objective, next step, session item). */
export type Identified = { id: string } & Record<string, unknown>;

/**
 * The items of a list that were added, removed, moved or changed, matched by id. "Moved" means the
 * item left the longest run of items that kept their relative order (jsdiff's array diff), so
 * moving one step up reports that step, not every step it jumped over.
 */
export function compareItems(before: readonly Identified[], after: readonly Identified[]): ItemChange[] {
  const beforeIds = before.map((it) => it.id);
  const afterIds = after.map((it) => it.id);
  const kept = new Set(afterIds.filter((id) => beforeIds.includes(id)));
  const moved = movedIds(beforeIds.filter((id) => kept.has(id)), afterIds.filter((id) => kept.has(id)));

  const changes: { order: number; change: ItemChange }[] = [];
  after.forEach((item, to) => {
    const from = beforeIds.indexOf(item.id);
    if (from === -1) {
      changes.push({ order: to, change: itemChange(item, 'added', false, null, to, []) });
      return;
    }
    const fields = compareItemFields(before[from]!, item);
    const isMoved = moved.has(item.id);
    if (fields.length === 0 && !isMoved) return;
    changes.push({ order: to, change: itemChange(item, fields.length > 0 ? 'changed' : 'moved', isMoved, from, to, fields) });
  });
  before.forEach((item, from) => {
    if (kept.has(item.id)) return;
    // A removed item is listed where it stood: just after the item that preceded it, if that one is still there.
    const previous = beforeIds.slice(0, from).reverse().find((id) => kept.has(id));
    const order = previous === undefined ? -1 : afterIds.indexOf(previous);
    changes.push({ order: order + 0.5, change: itemChange(item, 'removed', false, from, null, []) });
  });
  return changes.sort((a, b) => a.order - b.order).map((c) => c.change);
}

function movedIds(beforeOrder: string[], afterOrder: string[]): Set<string> {
  const moved = new Set<string>();
  for (const part of diffArrays(beforeOrder, afterOrder)) {
    if (part.added || part.removed) part.value.forEach((id) => moved.add(id));
  }
  return moved;
}

function compareItemFields(before: Identified, after: Identified): ItemFieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id');
  return keys.flatMap((key) => compareField(key, before[key], after[key]) ?? []);
}

function itemChange(
  item: Identified, status: ItemChange['status'], moved: boolean, from: number | null, to: number | null, fields: ItemFieldChange[],
): ItemChange {
  return { id: item.id, label: itemLabel(item), status, moved, from, to, fields };
}

/** What a person calls an item: its title, its text, the first words of its content, or its unit. */
export function itemLabel(item: Record<string, unknown>): string {
  for (const key of ['title', 'text', 'name', 'content']) {
    const value = item[key];
    const text = isRichText(value) ? richTextToReadable(value) : typeof value === 'string' ? value : '';
    const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim();
    if (firstLine) return firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
  }
  return typeof item.unitId === 'string' ? item.unitId : '';
}
