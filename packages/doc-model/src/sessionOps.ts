import * as Y from 'yjs';
import {
  SessionItemSchema, freeItemShape, unitItemShape,
  type FreeItem, type SessionItem, type SessionTheme, type UnitItem,
} from '@minga/schema';
import { moveInMap, planInsert, sortedIds } from './orderedMap.ts';
import { insertListItem, updateListItem, type ItemCodec } from './listItems.ts';
import { SERVES_KEY, SESSION_CODECS, SESSION_ITEM_CODEC, servesSet, type SessionEntries } from './sessionItems.ts';
import { setValue } from './yFields.ts';
import { SESSION_META, sessionList, sessionMeta, type SessionListName } from './sessionLayout.ts';

/**
 * Edits of a session document for the composer, each in one transaction. Wrap calls in
 * `doc.transact(fn, origin)` to give them an origin (nested transactions join the outer one).
 * Items are taken as parsed JSON; ids come from newItemId() in @minga/schema.
 */

/** Fields to change on a session item: those of a unit item or of a free item. `undefined` clears an optional field. */
export type SessionItemPatch = Partial<Omit<UnitItem, 'id'>> | Partial<Omit<FreeItem, 'id'>>;

/** Adds an item (objective, next step, facilitator, session item) at `index` (default: the end) and returns its key; an existing key is left as it is. */
export function insertSessionListItem<L extends SessionListName>(doc: Y.Doc, list: L, item: SessionEntries[L], index = Infinity): string {
  let key = '';
  doc.transact(() => {
    key = insertListItem(sessionList(doc, list), SESSION_CODECS[list] as ItemCodec<SessionEntries[L]>, item, index);
  });
  return key;
}

/** Removes an item of a list. False when it was not there. */
export function removeSessionListItem(doc: Y.Doc, list: SessionListName, key: string): boolean {
  const map = sessionList(doc, list);
  if (!map.has(key)) return false;
  doc.transact(() => map.delete(key));
  return true;
}

/** Moves an item of a list to `toIndex` (its index after the move), rewriting its order key only. False when nothing moved. */
export function moveSessionListItem(doc: Y.Doc, list: SessionListName, key: string, toIndex: number): boolean {
  let moved = false;
  doc.transact(() => {
    moved = moveInMap(sessionList(doc, list) as Y.Map<unknown>, key, toIndex);
  });
  return moved;
}

/**
 * Changes some fields of an objective, next step or facilitator, writing only those that differ;
 * a renamed facilitator is re-filed under its new key in place. Session items have
 * updateSessionItem. False when the item is missing.
 */
export function updateSessionListItem<L extends Exclude<SessionListName, 'items'>>(
  doc: Y.Doc, list: L, key: string, patch: Partial<Omit<SessionEntries[L], 'id'>>,
): boolean {
  let updated = false;
  doc.transact(() => {
    const codec = SESSION_CODECS[list] as ItemCodec<SessionEntries[L]>;
    updated = updateListItem(sessionList(doc, list), codec, key, patch as Partial<SessionEntries[L]>);
  });
  return updated;
}

/** Keys of a list in order (cheaper than reading the items). */
export function sessionListIds(doc: Y.Doc, list: SessionListName): string[] {
  return sortedIds(sessionList(doc, list) as Y.Map<unknown>);
}

/** Adds a session item (a unit or a free item) at `index` (default: the end); returns its id. */
export function insertSessionItem(doc: Y.Doc, item: SessionItem, index = Infinity): string {
  return insertSessionListItem(doc, 'items', item, index);
}

/** Removes a session item. False when it was not there. */
export function removeSessionItem(doc: Y.Doc, id: string): boolean {
  return removeSessionListItem(doc, 'items', id);
}

/** Moves a session item to `toIndex` (its index after the move). False when nothing moved. */
export function moveSessionItem(doc: Y.Doc, id: string, toIndex: number): boolean {
  return moveSessionListItem(doc, 'items', id, toIndex);
}

/**
 * Merges `patch` over a session item and writes the fields that differ (texts as text edits;
 * for live typing bind sessionItemText instead). Going live drops the pinned version; a new
 * kind keeps only the fields that kind has (a free item gets an empty title and 0 minutes unless
 * the patch gives them). False, writing nothing, when the item is missing or when the result is
 * not a valid item (SessionItemSchema: a unit item without unitId, 601 minutes…).
 */
export function updateSessionItem(doc: Y.Doc, id: string, patch: SessionItemPatch): boolean {
  const entry = sessionList(doc, 'items').get(id);
  const current = entry instanceof Y.Map ? SESSION_ITEM_CODEC.read(entry, id) : null;
  if (!entry || !current) return false;
  const parsed = SessionItemSchema.safeParse(mergeItem(current, patch));
  if (!parsed.success) return false;
  doc.transact(() => SESSION_ITEM_CODEC.write(entry, parsed.data));
  return true;
}

/** `patch` over `current`, keeping only the fields of the resulting kind. */
function mergeItem(current: SessionItem, patch: SessionItemPatch): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current, ...patch };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(merged.kind === 'unit' ? unitItemShape : freeItemShape)) {
    if (merged[key] !== undefined) out[key] = merged[key];
  }
  if (merged.kind !== 'unit') {
    out.title ??= '';
    out.minutes ??= 0;
  }
  if (out.mode === 'live') delete out.pinnedVersion;
  return out;
}

/**
 * Says whether a unit item serves a session objective (a checkbox in the composer). The links
 * are a set, so two people ticking different objectives at once keep both. False when the item
 * is not a unit item or nothing changed.
 */
export function setItemServesObjective(doc: Y.Doc, itemId: string, objectiveId: string, serves: boolean): boolean {
  const entry = sessionList(doc, 'items').get(itemId);
  if (!(entry instanceof Y.Map) || entry.get('kind') !== 'unit') return false;
  const set = entry.get(SERVES_KEY);
  if ((set instanceof Y.Map ? set.has(objectiveId) : false) === serves) return false;
  doc.transact(() => {
    const links = servesSet(entry);
    if (!serves) links.delete(objectiveId);
    else for (const [key, order] of planInsert(links as Y.Map<unknown>, objectiveId, Infinity)) links.set(key, order);
  });
  return true;
}

/** The session's plain settings; `null` clears the date or the start time. */
export interface SessionMetaPatch {
  date?: string | null;
  startTime?: string | null;
  targetMinutes?: number;
  theme?: SessionTheme;
  createdAt?: string;
  updatedAt?: string;
}

/** Sets the date, start time, target duration, theme or timestamps of a session (plain values: last writer wins). */
export function setSessionMeta(doc: Y.Doc, patch: SessionMetaPatch): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) setValue(sessionMeta(doc), SESSION_META[key as keyof SessionMetaPatch], value ?? undefined);
    }
  });
}
