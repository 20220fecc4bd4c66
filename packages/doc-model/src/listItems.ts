import * as Y from 'yjs';
import { applyOrderPlan, orderOf, planInsert, planOrderKeys, sortedIds } from './orderedMap.ts';

/**
 * Lists of items stored as Y.Map(key → item Y.Map) with an order key in each item
 * (orderedMap.ts), whatever document they belong to: a unit's steps, a session's items. A codec
 * says how one item is written and read. None of these open a transaction: callers wrap them in
 * `doc.transact` so a whole edit is one update.
 */

/** How the items of one list are written to and read from their Y.Map. `write` changes only the fields that differ. */
export interface ItemCodec<T> {
  /** The key of the item in its list map. */
  idOf(item: T): string;
  write(map: Y.Map<unknown>, item: T): void;
  read(map: Y.Map<unknown>, id: string): T | null;
}

/**
 * Makes a list hold `items`, in that order: removes the others, writes each item field by field
 * and gives new order keys only to the items that need one to read in this order.
 */
export function writeListItems<T>(map: Y.Map<Y.Map<unknown>>, items: readonly T[], codec: ItemCodec<T>): void {
  const wanted = new Map(items.map((item) => [codec.idOf(item), item]));
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  for (const [id, item] of wanted) {
    let entry = map.get(id);
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map();
      map.set(id, entry);
    }
    codec.write(entry, item);
  }
  const plan = planOrderKeys([...wanted.keys()].map((id) => ({ id, order: orderOf(map.get(id)) })));
  applyOrderPlan(map as Y.Map<unknown>, plan);
}

/** The items of a list in order, skipping entries that are not item maps, that the codec cannot read or that `accept` refuses. */
export function readListItems<T>(map: Y.Map<Y.Map<unknown>>, codec: ItemCodec<T>, accept: (id: string) => boolean = () => true): T[] {
  return sortedIds(map as Y.Map<unknown>).flatMap((id) => {
    if (!accept(id)) return [];
    const entry = map.get(id);
    const item = entry instanceof Y.Map ? codec.read(entry, id) : null;
    return item ? [item] : [];
  });
}

/** Adds an item at `index` (clamped) and returns its key; an item whose key exists already is left as it is. */
export function insertListItem<T>(map: Y.Map<Y.Map<unknown>>, codec: ItemCodec<T>, item: T, index: number): string {
  const id = codec.idOf(item);
  if (map.get(id) instanceof Y.Map) return id;
  const plan = planInsert(map as Y.Map<unknown>, id, index);
  const entry = new Y.Map<unknown>();
  map.set(id, entry);
  codec.write(entry, item);
  applyOrderPlan(map as Y.Map<unknown>, plan);
  return id;
}

/**
 * Merges `patch` over an item and writes the fields that differ. When the patch changes the
 * item's key (a renamed contributor), the item is re-filed under its new key at the same place.
 * False when the item is missing or unreadable.
 */
export function updateListItem<T>(map: Y.Map<Y.Map<unknown>>, codec: ItemCodec<T>, id: string, patch: Partial<T>): boolean {
  const entry = map.get(id);
  const current = entry instanceof Y.Map ? codec.read(entry, id) : null;
  if (!entry || !current) return false;
  const next = { ...current, ...patch };
  if (codec.idOf(next) === id) codec.write(entry, next);
  else {
    const index = sortedIds(map as Y.Map<unknown>).indexOf(id);
    map.delete(id);
    insertListItem(map, codec, next, index);
  }
  return true;
}

/**
 * Makes an ordered set stored as Y.Map(key → order key) hold `keys` in that order (a unit's
 * hashtags, the objectives a session item serves): concurrent additions of different keys merge,
 * and one key added by two people at once is there once.
 */
export function writeOrderedSet(map: Y.Map<string>, keys: readonly string[]): void {
  const wanted = new Set(keys);
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  const plan = planOrderKeys([...wanted].map((key) => ({ id: key, order: map.get(key) })));
  for (const [key, order] of plan) map.set(key, order);
}
