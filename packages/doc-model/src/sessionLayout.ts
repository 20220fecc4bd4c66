import * as Y from 'yjs';

/**
 * Where each part of a session lives in its Y.Doc (docs/doc-model.md, "Session", tells the same
 * in prose). Built like a unit document (unitLayout.ts): every part is a root type reached by
 * name, and lists are Y.Maps from key to an item Y.Map with an `order` key, so concurrent
 * reordering and inserting never duplicates or loses an item.
 */

/** Bumped when this layout changes in a way old code cannot read; stored in the meta map. */
export const SESSION_LAYOUT_VERSION = 1;

/** Names of the root shared types of a session document. */
export const SESSION_ROOTS = {
  /** Y.Map of plain values: see SESSION_META. */
  meta: 'session',
  /** Y.Text fields, so that concurrent typing merges. */
  title: 'title',
  audience: 'audience',
  place: 'place',
  promotionalDescription: 'promotionalDescription',
  /** Y.Maps from item id (facilitators: contributorKey(name)) to a Y.Map item. */
  objectives: 'objectives',
  nextSteps: 'nextSteps',
  facilitators: 'facilitators',
  items: 'items',
} as const;

/** Keys of the meta map: plain values, last writer wins. */
export const SESSION_META = {
  layoutVersion: 'layoutVersion',
  id: 'id',
  /** `YYYY-MM-DD`; absent when no date is set. */
  date: 'date',
  /** `HH:MM`; absent when no start time is set. */
  startTime: 'startTime',
  targetMinutes: 'targetMinutes',
  theme: 'theme',
  /** `{ duplicatedFrom: { sessionId, title } }` as one plain value; absent for a session made from scratch. */
  source: 'source',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
} as const;

/**
 * Fields of the items of each list. A session item holds the fields of its `kind` only: a unit
 * item its `unitId`…`servesObjectiveIds`, a free item its `title`, `minutes` and `notes`.
 * `servesObjectiveIds` is a Y.Map from objective id to an order key (an ordered set, like a
 * unit's hashtags). The Y.Texts and the set of an item are made with the item, so two people
 * starting a note at once type into the same text; an empty one reads as left out.
 */
export const SESSION_ITEM_FIELDS = {
  objectives: { text: 'Y.Text' },
  nextSteps: { text: 'Y.Text', done: 'boolean', owner: 'string?', target: 'string?', author: 'string?', doneBy: 'string?', doneAt: 'string?', origin: 'object?' },
  facilitators: { name: 'string' },
  items: {
    kind: 'string',
    facilitator: 'string?',
    unitId: 'string',
    mode: 'string',
    pinnedVersion: 'string?',
    minutesOverride: 'number?',
    transitionNote: 'Y.Text',
    servesObjectiveIds: 'Y.Map<string>',
    title: 'Y.Text',
    minutes: 'number',
    notes: 'Y.Text',
  },
} as const;

export type SessionListName = keyof typeof SESSION_ITEM_FIELDS;
export const SESSION_LIST_NAMES = Object.keys(SESSION_ITEM_FIELDS) as SessionListName[];
export type SessionTextField = 'title' | 'audience' | 'place' | 'promotionalDescription';
export const SESSION_TEXT_FIELDS: readonly SessionTextField[] = ['title', 'audience', 'place', 'promotionalDescription'];
/** The Y.Text fields of a session item: a free item's title and notes, a unit item's transition note. */
export type SessionItemTextField = 'title' | 'notes' | 'transitionNote';

/** The meta map of a session document. */
export function sessionMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SESSION_ROOTS.meta);
}

/** The Y.Text behind a header text field (bind an input or textarea to it). */
export function sessionText(doc: Y.Doc, field: SessionTextField): Y.Text {
  return doc.getText(SESSION_ROOTS[field]);
}

/** The Y.Map behind a list: item key to item Y.Map. */
export function sessionList(doc: Y.Doc, list: SessionListName): Y.Map<Y.Map<unknown>> {
  return doc.getMap(SESSION_ROOTS[list]);
}

/**
 * Every root type of a session, for `new Y.UndoManager(sessionSharedTypes(doc))` or for a deep
 * observer.
 */
export function sessionSharedTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    sessionMeta(doc),
    ...SESSION_TEXT_FIELDS.map((f) => sessionText(doc, f)),
    ...SESSION_LIST_NAMES.map((l) => sessionList(doc, l)),
  ] as Y.AbstractType<unknown>[];
}

/**
 * The Y.Text of a text field of an item (a free item's title or notes, a unit item's transition
 * note), to bind an input to; null when the item or the field is missing.
 */
export function sessionItemText(doc: Y.Doc, itemId: string, field: SessionItemTextField): Y.Text | null {
  const text = sessionList(doc, 'items').get(itemId)?.get(field);
  return text instanceof Y.Text ? text : null;
}

/** The Y.Text of a session objective or next step; null when missing. */
export function sessionEntryText(doc: Y.Doc, list: 'objectives' | 'nextSteps', id: string): Y.Text | null {
  const text = sessionList(doc, list).get(id)?.get('text');
  return text instanceof Y.Text ? text : null;
}
