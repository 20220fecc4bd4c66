import type * as Y from 'yjs';
import {
  DEFAULT_LICENCE, LanguageSchema, LicenceSchema, TimestampSchema, UNIT_SCHEMA_VERSION, UnitSourceSchema, UnitReviewSchema,
  normaliseHashtag, type Unit,
} from '@minga/schema';
import { ITEM_CODECS, type UnitItems } from './unitItems.ts';
import { sortedIds } from './orderedMap.ts';
import { readListItems, type ItemCodec } from './listItems.ts';
import { parsedOr } from './yFields.ts';
import { readUnitReview } from './unitReview.ts';
import {
  UNIT_LAYOUT_VERSION, UNIT_META, unitHashtags, unitList, unitMeta, unitText, type UnitListName,
} from './unitLayout.ts';

/** The document was written by a newer Minga whose layout this code cannot read. */
export class UnitLayoutError extends Error {
  override name = 'UnitLayoutError';
}

/**
 * The JSON form of a unit document. `id` (the document's id, from its sync path) wins over the
 * id stored in the document. Never throws on odd content: a value of the wrong type reads as
 * its default and rich text outside the allow-list is dropped (repairRichText), so the result
 * always has the shape of a Unit. Content limits (a 4th description line typed by two people
 * at once, say) are left as they are: `UnitSchema.safeParse` tells.
 */
export function yDocToUnit(doc: Y.Doc, id?: string): Unit {
  const meta = unitMeta(doc);
  const layout = meta.get(UNIT_META.layoutVersion);
  if (typeof layout === 'number' && layout > UNIT_LAYOUT_VERSION) {
    throw new UnitLayoutError(`this unit document has layout ${layout}, written by a newer Minga; this one reads up to ${UNIT_LAYOUT_VERSION}`);
  }
  const storedId = meta.get(UNIT_META.id);
  const unitId = id ?? (typeof storedId === 'string' ? storedId : undefined);
  if (unitId === undefined) throw new Error('this document has no unit id: pass the document id to yDocToUnit');

  const unit: Unit = {
    schemaVersion: UNIT_SCHEMA_VERSION,
    id: unitId,
    title: unitText(doc, 'title').toString(),
    description: unitText(doc, 'description').toString(),
    nextSteps: readList(doc, 'nextSteps'),
    hashtags: readHashtags(doc),
    context: unitText(doc, 'context').toString(),
    participants: unitText(doc, 'participants').toString(),
    objectives: readList(doc, 'objectives'),
    steps: readList(doc, 'steps'),
    slides: readList(doc, 'slides'),
    materials: readList(doc, 'materials'),
    language: parsedOr(LanguageSchema, meta.get(UNIT_META.language), 'fr'),
    licence: parsedOr(LicenceSchema, meta.get(UNIT_META.licence), DEFAULT_LICENCE),
    contributors: readList(doc, 'contributors'),
  };
  const source = parsedOr(UnitSourceSchema, meta.get(UNIT_META.source), undefined);
  if (source) unit.source = source;
  // A snapshot or version stored in layout 1 keeps its review in the meta map.
  const review = readUnitReview(doc) ?? parsedOr(UnitReviewSchema, meta.get(UNIT_META.review), undefined);
  if (review) unit.review = review;
  const createdAt = parsedOr(TimestampSchema, meta.get(UNIT_META.createdAt), undefined);
  if (createdAt) unit.createdAt = createdAt;
  const updatedAt = parsedOr(TimestampSchema, meta.get(UNIT_META.updatedAt), undefined);
  if (updatedAt) unit.updatedAt = updatedAt;
  return unit;
}

/** The items of one list of a unit document, in order. */
export function readList<L extends UnitListName>(doc: Y.Doc, list: L): UnitItems[L][] {
  return readListItems(unitList(doc, list), ITEM_CODECS[list] as ItemCodec<UnitItems[L]>);
}

function readHashtags(doc: Y.Doc): string[] {
  return sortedIds(unitHashtags(doc) as Y.Map<unknown>).filter((tag) => tag !== '' && normaliseHashtag(tag) === tag);
}
