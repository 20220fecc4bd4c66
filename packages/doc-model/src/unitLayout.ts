import * as Y from 'yjs';

/**
 * Where each part of a unit lives in its Y.Doc (docs/doc-model.md tells the same in prose).
 *
 * Every part is a root type, reached by name: root types are never created by a write, so two
 * peers opening a fresh document cannot each create their own "title" and lose one of them.
 * Lists are Y.Maps from item id to a Y.Map item holding an `order` key (fractionalIndex.ts):
 * reordering writes one field, so concurrent moves never duplicate or lose an item.
 */

/** Bumped when this layout changes in a way old code cannot read; stored in the meta map. */
export const UNIT_LAYOUT_VERSION = 2;

/** Names of the root shared types of a unit document. */
export const UNIT_ROOTS = {
  /** Y.Map of plain values: see UNIT_META. */
  meta: 'unit',
  /** Y.Text fields, so that concurrent typing merges. */
  title: 'title',
  description: 'description',
  context: 'context',
  participants: 'participants',
  /** Y.Map from normalised hashtag to its order key (a string). */
  hashtags: 'hashtags',
  /** Y.Maps from item id (contributors: contributorKey(name)) to a Y.Map item. */
  nextSteps: 'nextSteps',
  objectives: 'objectives',
  steps: 'steps',
  slides: 'slides',
  materials: 'materials',
  contributors: 'contributors',
  /** Y.Map of plain values, `state` and `changedAt` (layout 2; layout 1 kept the review in the meta map). */
  review: 'review',
  /** Y.Map from a reviewer's name to its order key: an ordered set, so two editors adding names both count. */
  reviewers: 'reviewers',
} as const;

/** Keys of the meta map: plain values, last writer wins. */
export const UNIT_META = {
  layoutVersion: 'layoutVersion',
  id: 'id',
  language: 'language',
  licence: 'licence',
  /** A plain JSON object `{ url?, forkedFrom? }`, replaced as a whole. */
  source: 'source',
  /** Layout 1 only: the review as one plain JSON object; layout 2 moved it to its own roots (layoutMigrations.ts). */
  review: 'review',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
} as const;

/** The key of an item's position in every list item map. */
export const ORDER_KEY = 'order';

/** Fields of the items of each list, and the shared type or value each one holds. */
export const UNIT_ITEM_FIELDS = {
  nextSteps: { text: 'Y.Text', done: 'boolean', owner: 'string?', target: 'string?', author: 'string?', doneBy: 'string?', doneAt: 'string?', origin: 'object?' },
  objectives: { text: 'Y.Text' },
  steps: { title: 'Y.Text', kind: 'string', minutes: 'number', notes: 'Y.Text' },
  slides: { content: 'Y.XmlFragment', notes: 'Y.XmlFragment', hidden: 'boolean', stepId: 'string?' },
  materials: { title: 'Y.Text', url: 'string', licence: 'string' },
  contributors: { name: 'string', role: 'string?' },
} as const;

export type UnitListName = keyof typeof UNIT_ITEM_FIELDS;
export const UNIT_LIST_NAMES = Object.keys(UNIT_ITEM_FIELDS) as UnitListName[];
export type UnitTextField = 'title' | 'description' | 'context' | 'participants';
export const UNIT_TEXT_FIELDS: readonly UnitTextField[] = ['title', 'description', 'context', 'participants'];

/** The meta map of a unit document. */
export function unitMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(UNIT_ROOTS.meta);
}

/** The Y.Text behind a header text field (bind an input or textarea to it). */
export function unitText(doc: Y.Doc, field: UnitTextField): Y.Text {
  return doc.getText(UNIT_ROOTS[field]);
}

/** The Y.Map behind a list: item id to item Y.Map. */
export function unitList(doc: Y.Doc, list: UnitListName): Y.Map<Y.Map<unknown>> {
  return doc.getMap(UNIT_ROOTS[list]);
}

/** The hashtag set: normalised tag to order key. */
export function unitHashtags(doc: Y.Doc): Y.Map<string> {
  return doc.getMap(UNIT_ROOTS.hashtags);
}

/**
 * Every root type of a unit, for `new Y.UndoManager(unitSharedTypes(doc))` (undo that covers
 * structured fields too) or for a deep observer.
 */
export function unitSharedTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return [
    unitMeta(doc),
    ...UNIT_TEXT_FIELDS.map((f) => unitText(doc, f)),
    unitHashtags(doc),
    ...UNIT_LIST_NAMES.map((l) => unitList(doc, l)),
  ] as Y.AbstractType<unknown>[];
}

/**
 * The fragment of a slide's content or speaker notes, for Tiptap's Collaboration extension
 * (`Collaboration.configure({ fragment })`); null when the slide does not exist.
 */
export function slideFragment(doc: Y.Doc, slideId: string, field: 'content' | 'notes'): Y.XmlFragment | null {
  const fragment = unitList(doc, 'slides').get(slideId)?.get(field);
  return fragment instanceof Y.XmlFragment ? fragment : null;
}

/** The Y.Text of a text field of a list item (objective text, step title or notes…); null when missing. */
export function itemText(doc: Y.Doc, list: UnitListName, id: string, field: string): Y.Text | null {
  const text = unitList(doc, list).get(id)?.get(field);
  return text instanceof Y.Text ? text : null;
}

/** The review state of a unit (`state`, `changedAt`), last writer wins per key. */
export function unitReviewMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(UNIT_ROOTS.review);
}

/** The people asked to review the unit, as an ordered set (name to order key). */
export function unitReviewers(doc: Y.Doc): Y.Map<string> {
  return doc.getMap(UNIT_ROOTS.reviewers);
}
