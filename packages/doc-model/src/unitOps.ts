import type * as Y from 'yjs';
import { normaliseHashtag, totalMinutes, type Licence, type UnitReview } from '@minga/schema';
import { ITEM_CODECS, type UnitItems } from './unitItems.ts';
import { moveInMap, planInsert, sortedIds } from './orderedMap.ts';
import { insertListItem, updateListItem, type ItemCodec } from './listItems.ts';
import { readList } from './yDocToUnit.ts';
import { setValue } from './yFields.ts';
import { writeUnitReview } from './unitReview.ts';
import { UNIT_META, unitHashtags, unitList, unitMeta, type UnitListName } from './unitLayout.ts';

/**
 * Edits of a unit document for the editor UI, each in one transaction. Wrap calls in
 * `doc.transact(fn, origin)` to give them an origin (nested transactions join the outer one).
 * Items are taken as parsed JSON (UnitItems); ids come from newItemId() in @minga/schema.
 */

/** Moves an item of a list to `toIndex` (its index after the move). False when nothing moved. */
export function moveItem(doc: Y.Doc, list: UnitListName, id: string, toIndex: number): boolean {
  let moved = false;
  doc.transact(() => {
    moved = moveInMap(unitList(doc, list) as Y.Map<unknown>, id, toIndex);
  });
  return moved;
}

/**
 * Adds an item at `index` (default: the end) and returns its key. An item whose key exists
 * already (a contributor recorded twice, say) is left as it is.
 */
export function insertItem<L extends UnitListName>(doc: Y.Doc, list: L, item: UnitItems[L], index = Infinity): string {
  let id = '';
  doc.transact(() => {
    id = insertListItem(unitList(doc, list), ITEM_CODECS[list] as ItemCodec<UnitItems[L]>, item, index);
  });
  return id;
}

/** Removes an item. False when it was not there. */
export function removeItem(doc: Y.Doc, list: UnitListName, id: string): boolean {
  const map = unitList(doc, list);
  if (!map.has(id)) return false;
  doc.transact(() => map.delete(id));
  return true;
}

/**
 * Changes some fields of an item, writing only those that differ (text fields as text edits).
 * For live typing, bind the field's Y.Text (itemText) instead. False when the item is missing.
 */
export function updateItem<L extends UnitListName>(
  doc: Y.Doc, list: L, id: string, patch: Partial<Omit<UnitItems[L], 'id'>>,
): boolean {
  // A renamed contributor changes key: updateListItem re-files it at the same place.
  let updated = false;
  doc.transact(() => {
    updated = updateListItem(unitList(doc, list), ITEM_CODECS[list] as ItemCodec<UnitItems[L]>, id, patch as Partial<UnitItems[L]>);
  });
  return updated;
}

/** Adds a hashtag (normalised) at `index` (default: the end); returns the stored tag, or null if empty. */
export function addHashtag(doc: Y.Doc, raw: string, index = Infinity): string | null {
  const tag = normaliseHashtag(raw);
  if (tag === '') return null;
  const map = unitHashtags(doc);
  if (!map.has(tag)) {
    doc.transact(() => {
      const plan = planInsert(map as Y.Map<unknown>, tag, index);
      for (const [key, order] of plan) map.set(key, order);
    });
  }
  return tag;
}

/** Removes a hashtag, given as stored or as typed. */
export function removeHashtag(doc: Y.Doc, raw: string): boolean {
  const map = unitHashtags(doc);
  const tag = normaliseHashtag(raw);
  if (!map.has(tag)) return false;
  doc.transact(() => map.delete(tag));
  return true;
}

/** Moves a hashtag to `toIndex`. */
export function moveHashtag(doc: Y.Doc, tag: string, toIndex: number): boolean {
  let moved = false;
  doc.transact(() => {
    moved = moveInMap(unitHashtags(doc) as Y.Map<unknown>, tag, toIndex);
  });
  return moved;
}

/** Sets the language, licence, review state or timestamps of a unit (plain values: last writer wins). */
export function setUnitMeta(
  doc: Y.Doc,
  patch: { language?: string; licence?: Licence; review?: UnitReview; createdAt?: string; updatedAt?: string },
): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'review') writeUnitReview(doc, value as UnitReview);
      else if (value !== undefined) setValue(unitMeta(doc), UNIT_META[key as keyof typeof patch], value);
    }
  });
}

/** Total minutes of the unit's sequence, as it stands in the document. */
export function unitTotalMinutes(doc: Y.Doc): number {
  return totalMinutes(readList(doc, 'steps'));
}

/** Ids of a list in order (cheaper than reading the items). */
export function listIds(doc: Y.Doc, list: UnitListName): string[] {
  return sortedIds(unitList(doc, list) as Y.Map<unknown>);
}
