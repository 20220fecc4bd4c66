import * as Y from 'yjs';
import type { Unit } from '@minga/schema';
import { syncText } from './syncText.ts';
import { setValue } from './yFields.ts';
import { ITEM_CODECS, type ItemCodec } from './unitItems.ts';
import { applyOrderPlan, orderOf, planOrderKeys } from './orderedMap.ts';
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
    setValue(meta, UNIT_META.createdAt, unit.createdAt);
    setValue(meta, UNIT_META.updatedAt, unit.updatedAt);
    for (const field of UNIT_TEXT_FIELDS) syncText(unitText(doc, field), unit[field]);
    applyHashtags(unitHashtags(doc), unit.hashtags);
    for (const list of UNIT_LIST_NAMES) {
      applyList(unitList(doc, list), unit[list], ITEM_CODECS[list] as ItemCodec<Unit[typeof list][number]>);
    }
  }, options.origin ?? null);
}

/** A new Y.Doc (or `doc`, when given) holding `unit`. */
export function unitToYDoc(unit: Unit, doc: Y.Doc = new Y.Doc()): Y.Doc {
  applyUnitJson(doc, unit);
  return doc;
}

function applyList<T>(map: Y.Map<Y.Map<unknown>>, items: readonly T[], codec: ItemCodec<T>): void {
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

function applyHashtags(map: Y.Map<string>, tags: readonly string[]): void {
  const wanted = new Set(tags);
  for (const tag of [...map.keys()]) if (!wanted.has(tag)) map.delete(tag);
  const plan = planOrderKeys(tags.map((tag) => ({ id: tag, order: map.get(tag) })));
  for (const [tag, key] of plan) map.set(tag, key);
}

