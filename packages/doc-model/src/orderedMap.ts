import * as Y from 'yjs';
import { isValidOrderKey, keysBetween } from './fractionalIndex.ts';
import { ORDER_KEY } from './unitLayout.ts';

/**
 * Lists stored as Y.Map(id → value), ordered by an order key in the value: a Y.Map item with an
 * `order` field, or (hashtags) the order key itself. The list is derived by sorting on
 * (order key, id); the id breaks the tie when two peers inserted at the same place at once.
 */

/** The order key of a list value, whatever shape it has. */
export function orderOf(value: unknown): unknown {
  return value instanceof Y.Map ? value.get(ORDER_KEY) : value;
}

/** Ids of a Y.Map list in list order. */
export function sortedIds(map: Y.Map<unknown>): string[] {
  const entries: [string, string][] = [];
  map.forEach((value, id) => {
    const order = orderOf(value);
    entries.push([typeof order === 'string' ? order : '', id]);
  });
  entries.sort(([oa, ia], [ob, ib]) => (oa < ob ? -1 : oa > ob ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0));
  return entries.map(([, id]) => id);
}

/**
 * Which items need a new order key for the list to read `desired` (ids in the wanted order,
 * with their current keys). Keeps the keys of the longest run of items already in increasing
 * order, so a move or an insert rewrites one key, and only ties or broken keys cost more.
 */
export function planOrderKeys(desired: readonly { id: string; order: unknown }[]): Map<string, string> {
  const kept = longestIncreasing(desired);
  const plan = new Map<string, string>();
  let lo: string | null = null;
  let pending: string[] = [];
  const flush = (hi: string | null) => {
    keysBetween(lo, hi, pending.length).forEach((key, i) => plan.set(pending[i] as string, key));
    pending = [];
  };
  desired.forEach((entry, i) => {
    if (kept.has(i)) {
      flush(entry.order as string);
      lo = entry.order as string;
    } else pending.push(entry.id);
  });
  flush(null);
  return plan;
}

/** Indices of a longest subsequence whose keys are valid and strictly increasing. */
function longestIncreasing(desired: readonly { order: unknown }[]): Set<number> {
  const tails: number[] = [];
  const previous = new Map<number, number>();
  const key = (i: number) => desired[i]!.order as string;
  desired.forEach((entry, i) => {
    if (!isValidOrderKey(entry.order)) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (key(tails[mid]!) < entry.order) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous.set(i, tails[low - 1]!);
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1]; i !== undefined; i = previous.get(i)) kept.add(i);
  return kept;
}

/** Writes the order keys of a plan into a list. */
export function applyOrderPlan(map: Y.Map<unknown>, plan: Map<string, string>): void {
  for (const [id, key] of plan) {
    const value = map.get(id);
    if (value instanceof Y.Map) value.set(ORDER_KEY, key);
    else if (value !== undefined) map.set(id, key);
  }
}

/**
 * Moves one item to `toIndex` (its index once moved, clamped to the list). Rewrites the moved
 * item's order key only, unless neighbours share a key. Returns false when nothing moved.
 */
export function moveInMap(map: Y.Map<unknown>, id: string, toIndex: number): boolean {
  const ids = sortedIds(map);
  const from = ids.indexOf(id);
  if (from === -1) return false;
  const others = ids.filter((x) => x !== id);
  const to = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
  if (to === from) return false;
  const desired = [...others.slice(0, to), id, ...others.slice(to)];
  const plan = planOrderKeys(desired.map((x) => ({ id: x, order: x === id ? null : orderOf(map.get(x)) })));
  applyOrderPlan(map, plan);
  return true;
}

/** The order key (and any tie-breaking rewrites) for a new item at `index` of a list. */
export function planInsert(map: Y.Map<unknown>, id: string, index: number): Map<string, string> {
  const ids = sortedIds(map).filter((x) => x !== id);
  const at = Math.max(0, Math.min(Math.trunc(index), ids.length));
  const desired = [...ids.slice(0, at), id, ...ids.slice(at)];
  return planOrderKeys(desired.map((x) => ({ id: x, order: x === id ? null : orderOf(map.get(x)) })));
}
