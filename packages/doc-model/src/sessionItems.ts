import * as Y from 'yjs';
import {
  DocIdSchema, FREE_ITEM_KINDS, ItemIdSchema, contributorKey, isUnitItem, unitItemShape,
  type Facilitator, type FreeItem, type FreeItemKind, type NextStep, type Objective, type SessionItem, type UnitItem,
} from '@minga/schema';
import { sortedIds } from './orderedMap.ts';
import { writeOrderedSet, type ItemCodec } from './listItems.ts';
import { ITEM_CODECS } from './unitItems.ts';
import { parsedOr, readMinutes, readString, readText, setText, setValue } from './yFields.ts';
import type { SessionListName } from './sessionLayout.ts';

/** The JSON type of the items of each list of a session. */
export interface SessionEntries {
  objectives: Objective;
  nextSteps: NextStep;
  facilitators: Facilitator;
  items: SessionItem;
}

/** Fields only a unit item has, and fields only a free item has: writing one kind clears the other's. */
const UNIT_ONLY = ['unitId', 'mode', 'pinnedVersion', 'minutesOverride', 'transitionNote', 'servesObjectiveIds'] as const;
const FREE_ONLY = ['title', 'minutes', 'notes'] as const;
/** The key of a unit item's objective links: a Y.Map from objective id to order key. */
export const SERVES_KEY = 'servesObjectiveIds';
const isItemId = (key: string) => ItemIdSchema.safeParse(key).success;

function clear(map: Y.Map<unknown>, keys: readonly string[]): void {
  for (const key of keys) if (map.has(key)) map.delete(key);
}

/** The objective links of a unit item, made when missing. */
export function servesSet(map: Y.Map<unknown>): Y.Map<string> {
  const current = map.get(SERVES_KEY);
  if (current instanceof Y.Map) return current as Y.Map<string>;
  const created = new Y.Map<string>();
  map.set(SERVES_KEY, created);
  return created;
}

/** A string value, or undefined when missing or mistyped. */
function optionalString(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
}

/** An optional text field: the empty text (or a missing one) reads as left out. */
function optionalText(map: Y.Map<unknown>, key: string): string | undefined {
  const value = readText(map, key);
  return value === '' ? undefined : value;
}

function writeItem(map: Y.Map<unknown>, item: SessionItem): void {
  setValue(map, 'kind', item.kind);
  setValue(map, 'facilitator', item.facilitator);
  if (isUnitItem(item)) {
    clear(map, FREE_ONLY);
    setValue(map, 'unitId', item.unitId);
    setValue(map, 'mode', item.mode);
    // An item merged from pinned to live (updateSessionItem) may still carry the old version.
    setValue(map, 'pinnedVersion', item.mode === 'pinned' ? item.pinnedVersion : undefined);
    setValue(map, 'minutesOverride', item.minutesOverride);
    setText(map, 'transitionNote', item.transitionNote ?? '');
    writeOrderedSet(servesSet(map), item.servesObjectiveIds ?? []);
  } else {
    clear(map, UNIT_ONLY);
    setText(map, 'title', item.title);
    setValue(map, 'minutes', item.minutes);
    setText(map, 'notes', item.notes ?? '');
  }
}

function readUnitItem(map: Y.Map<unknown>, id: string): UnitItem | null {
  const unitId = parsedOr(DocIdSchema, map.get('unitId'), null);
  if (unitId === null) return null;
  // Pinned without a readable version (a bad peer) can only be read as live.
  const pinnedVersion = map.get('mode') === 'pinned' ? parsedOr(unitItemShape.pinnedVersion, map.get('pinnedVersion'), undefined) : undefined;
  const item: UnitItem = { id, kind: 'unit', unitId, mode: pinnedVersion === undefined ? 'live' : 'pinned' };
  if (pinnedVersion !== undefined) item.pinnedVersion = pinnedVersion;
  const override = map.get('minutesOverride');
  if (typeof override === 'number' && Number.isFinite(override)) item.minutesOverride = readMinutes(map, 'minutesOverride');
  const facilitator = optionalString(map, 'facilitator');
  if (facilitator !== undefined) item.facilitator = facilitator;
  const transitionNote = optionalText(map, 'transitionNote');
  if (transitionNote !== undefined) item.transitionNote = transitionNote;
  const serves = map.get(SERVES_KEY);
  const servesObjectiveIds = serves instanceof Y.Map ? sortedIds(serves).filter(isItemId) : [];
  if (servesObjectiveIds.length > 0) item.servesObjectiveIds = servesObjectiveIds;
  return item;
}

function readFreeItem(map: Y.Map<unknown>, id: string, kind: FreeItemKind): FreeItem {
  const item: FreeItem = { id, kind, title: readText(map, 'title'), minutes: readMinutes(map, 'minutes') };
  const facilitator = optionalString(map, 'facilitator');
  if (facilitator !== undefined) item.facilitator = facilitator;
  const notes = optionalText(map, 'notes');
  if (notes !== undefined) item.notes = notes;
  return item;
}

/** A session item: the unit item or the free item its `kind` says; null for an unknown kind or a unit item without a unit. */
export const SESSION_ITEM_CODEC: ItemCodec<SessionItem> = {
  idOf: (item) => item.id,
  write: writeItem,
  read(map, id) {
    const kind = map.get('kind');
    if (kind === 'unit') return readUnitItem(map, id);
    if ((FREE_ITEM_KINDS as readonly unknown[]).includes(kind)) return readFreeItem(map, id, kind as FreeItemKind);
    return null;
  },
};

/** A facilitator, keyed like a unit's contributors so one person added by two peers at once is one facilitator. */
export const FACILITATOR_CODEC: ItemCodec<Facilitator> = {
  idOf: (f) => contributorKey(f.name),
  write(map, item) {
    setValue(map, 'name', item.name);
  },
  read(map) {
    const name = readString(map, 'name').trim();
    return name === '' ? null : { name };
  },
};

/**
 * How the items of each list of a session are written to and read from their Y.Map (the field
 * table is SESSION_ITEM_FIELDS in sessionLayout.ts). Objectives and next steps are a unit's.
 */
export const SESSION_CODECS: { [L in SessionListName]: ItemCodec<SessionEntries[L]> } = {
  objectives: ITEM_CODECS.objectives,
  nextSteps: ITEM_CODECS.nextSteps,
  facilitators: FACILITATOR_CODEC,
  items: SESSION_ITEM_CODEC,
};

/** Whether a list key can be read: item ids follow ItemIdSchema; facilitators are keyed by name. */
export function isReadableKey(list: SessionListName, key: string): boolean {
  return list === 'facilitators' || isItemId(key);
}
