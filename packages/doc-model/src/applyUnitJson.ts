import * as Y from 'yjs';
import type { Unit } from '@minga/schema';
import { syncText } from './syncText.ts';
import { setValue } from './yFields.ts';
import { writeUnitReview } from './unitReview.ts';
import { ITEM_CODECS } from './unitItems.ts';
import { writeListItems, writeOrderedSet, type ItemCodec } from './listItems.ts';
import {
  UNIT_LAYOUT_VERSION, UNIT_LIST_NAMES, UNIT_META, UNIT_TEXT_FIELDS,
  unitHashtags, unitList, unitMeta, unitText,
} from './unitLayout.ts';

export interface ApplyUnitOptions {
  /** Transaction origin, so that providers and undo managers can tell this change apart. */
  origin?: unknown;
}

/**
 * Makes a unit document hold `unit` (a parsed Unit) in one transaction, writing only what
 * differs: a changed title edits the title's Y.Text, a moved step rewrites that step's order
 * key, an untouched slide keeps its fragments. Editors open on the document keep their state
 * and see the change as if someone had typed it. Applying the same unit twice writes nothing.
 */
export function applyUnitJson(doc: Y.Doc, unit: Unit, options: ApplyUnitOptions = {}): void {
  doc.transact(() => {
    const meta = unitMeta(doc);
    setValue(meta, UNIT_META.layoutVersion, UNIT_LAYOUT_VERSION);
    setValue(meta, UNIT_META.id, unit.id);
    setValue(meta, UNIT_META.language, unit.language);
    setValue(meta, UNIT_META.licence, unit.licence);
    setValue(meta, UNIT_META.source, unit.source);
    setValue(meta, UNIT_META.review, undefined); // layout 1's place for it
    writeUnitReview(doc, unit.review);
    setValue(meta, UNIT_META.createdAt, unit.createdAt);
    setValue(meta, UNIT_META.updatedAt, unit.updatedAt);
    for (const field of UNIT_TEXT_FIELDS) syncText(unitText(doc, field), unit[field]);
    writeOrderedSet(unitHashtags(doc), unit.hashtags);
    for (const list of UNIT_LIST_NAMES) {
      writeListItems(unitList(doc, list), unit[list], ITEM_CODECS[list] as ItemCodec<Unit[typeof list][number]>);
    }
  }, options.origin ?? null);
}

/** A new Y.Doc (or `doc`, when given) holding `unit`. */
export function unitToYDoc(unit: Unit, doc: Y.Doc = new Y.Doc()): Y.Doc {
  applyUnitJson(doc, unit);
  return doc;
}
