import { hashtagMatchKey, isBlankUnit, ReviewStateSchema, totalMinutes, type Unit, type UnitList, type UnitQuery, type UnitSummary } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { directWriter, type StatementWriter } from '../storage/SqliteWriter.ts';
import { unitSearchText } from './unitSearchText.ts';

interface SummaryRow {
  id: string;
  title: string;
  description: string;
  hashtags: string;
  minutes: number;
  language: string;
  licence: string;
  contributors: string;
  forkedFrom: string | null;
  reviewState: string;
  updatedAt: string;
}

/**
 * Turns what a person types into an FTS5 query: each word must match, as a prefix, so
 * "decideur" finds "décideurs". Words are quoted, so FTS5 syntax in the input is just text.
 */
export function toFtsQuery(q: string): string | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  return words.slice(0, 12).map((w) => `"${w}"*`).join(' ');
}

// bm25 weights, in column order: title, description, objectives, steps, slides, hashtags.
const BM25 = 'bm25(unit_fts, 10, 5, 3, 2, 1, 6)';

const ROWID = '(SELECT rowid FROM unit_index WHERE workspace_id = @workspaceId AND doc_id = @docId)';
const UPSERT_SUMMARY = `INSERT INTO unit_index (workspace_id, doc_id, title, description, hashtags, minutes, language, licence, contributors, forked_from, review_state)
  VALUES (@workspaceId, @docId, @title, @description, @hashtags, @minutes, @language, @licence, @contributors, @forkedFrom, @reviewState)
  ON CONFLICT (workspace_id, doc_id) DO UPDATE SET title = excluded.title, description = excluded.description,
    hashtags = excluded.hashtags, minutes = excluded.minutes, language = excluded.language,
    licence = excluded.licence, contributors = excluded.contributors, forked_from = excluded.forked_from,
    review_state = excluded.review_state`;
// Text rows share their rowid with unit_index, so updates find them without a scan.
const DELETE_TEXT = `DELETE FROM unit_fts WHERE rowid = ${ROWID}`;
const INSERT_TEXT = `INSERT INTO unit_fts (rowid, title, description, objectives, steps, slides, hashtags)
  VALUES (${ROWID}, @title, @description, @objectives, @steps, @slides, @hashtags)`;
const DELETE_SUMMARY = 'DELETE FROM unit_index WHERE workspace_id = @workspaceId AND doc_id = @docId';

/** The library's index of units: summaries for listing, FTS5 for search. Written through the writer thread. */
export class UnitIndex {
  constructor(
    private readonly db: Db,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    // Tag filters ignore case and accents on both sides: tag=wikipedia finds #Wikipédia.
    db.function('minga_tag_key', { deterministic: true }, (tag: unknown) => (typeof tag === 'string' ? hashtagMatchKey(tag) : null));
  }

  /** Indexes a unit; resolves once it is on disk. */
  /** Indexes a unit, or takes it out while it is blank (a stray "new unit" lists nothing). */
  async upsert(ref: DocRef, unit: Unit): Promise<void> {
    if (isBlankUnit(unit)) return this.remove(ref);
    const key = { workspaceId: ref.workspaceId, docId: ref.docId };
    const summary = {
      ...key,
      title: unit.title,
      description: unit.description,
      hashtags: JSON.stringify(unit.hashtags),
      minutes: totalMinutes(unit.steps),
      language: unit.language,
      licence: unit.licence,
      contributors: JSON.stringify(unit.contributors.map((c) => c.name)),
      forkedFrom: unit.source?.forkedFrom ? JSON.stringify(unit.source.forkedFrom) : null,
      reviewState: unit.review?.state ?? 'draft',
    };
    await this.writer.run([
      { sql: UPSERT_SUMMARY, params: summary },
      { sql: DELETE_TEXT, params: key },
      { sql: INSERT_TEXT, params: { ...key, ...unitSearchText(unit) } },
    ]);
  }

  async remove(ref: DocRef): Promise<void> {
    const key = { workspaceId: ref.workspaceId, docId: ref.docId };
    await this.writer.run([
      { sql: DELETE_TEXT, params: key },
      { sql: DELETE_SUMMARY, params: key },
    ]);
  }

  /** Units of a workspace matching a query, ranked, with hashtag facets. Units in the bin never match. */
  search(workspaceId: string, query: UnitQuery): UnitList {
    const where = ['i.workspace_id = @workspaceId', 'd.deleted_at IS NULL'];
    const params: Record<string, unknown> = { workspaceId };
    const fts = query.q ? toFtsQuery(query.q) : null;
    let from = 'unit_index i JOIN docs d ON d.workspace_id = i.workspace_id AND d.doc_id = i.doc_id';
    if (fts) {
      from += ' JOIN unit_fts f ON f.rowid = i.rowid';
      where.push('unit_fts MATCH @fts');
      params.fts = fts;
    }
    if (query.tag) {
      where.push('EXISTS (SELECT 1 FROM json_each(i.hashtags) WHERE minga_tag_key(value) = @tag)');
      params.tag = hashtagMatchKey(query.tag);
    }
    if (query.lang) {
      where.push('i.language = @lang');
      params.lang = query.lang;
    }
    if (query.review) {
      where.push('i.review_state = @review');
      params.review = query.review;
    }
    if (query.maxMinutes !== undefined) {
      where.push('i.minutes <= @maxMinutes');
      params.maxMinutes = query.maxMinutes;
    }
    const sort = query.sort ?? (fts ? 'relevance' : 'updated');
    const orderBy = {
      relevance: fts ? `${BM25}, d.updated_at DESC` : 'd.updated_at DESC',
      updated: 'd.updated_at DESC',
      title: 'i.title COLLATE NOCASE ASC',
      minutes: 'i.minutes ASC, i.title COLLATE NOCASE ASC',
    }[sort];
    // One pass over the matches: the page, the total and the facets all come from it.
    const rows = this.db
      .prepare(
        `SELECT i.doc_id AS id, i.title, i.description, i.hashtags, i.minutes, i.language, i.licence, i.contributors,
                i.forked_from AS forkedFrom, i.review_state AS reviewState, d.updated_at AS updatedAt
         FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${orderBy}`,
      )
      .all(params) as SummaryRow[];
    const counts = new Map<string, number>();
    for (const row of rows) for (const tag of JSON.parse(row.hashtags) as string[]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const hashtags = [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
      .slice(0, 50);
    return { units: rows.slice(0, query.limit).map(toSummary), total: rows.length, facets: { hashtags } };
  }

  /** A unit's summary as the library lists it, or null when it is not indexed or sits in the bin. */
  summary(ref: DocRef): UnitSummary | null {
    const row = this.db
      .prepare(
        `SELECT i.doc_id AS id, i.title, i.description, i.hashtags, i.minutes, i.language, i.licence, i.contributors,
                i.forked_from AS forkedFrom, i.review_state AS reviewState, d.updated_at AS updatedAt
         FROM unit_index i JOIN docs d ON d.workspace_id = i.workspace_id AND d.doc_id = i.doc_id
         WHERE i.workspace_id = ? AND i.doc_id = ? AND d.deleted_at IS NULL`,
      )
      .get(ref.workspaceId, ref.docId) as SummaryRow | undefined;
    return row ? toSummary(row) : null;
  }

  /** A unit's indexed title ('' when not indexed). */
  title(ref: DocRef): string {
    const row = this.db.prepare('SELECT title FROM unit_index WHERE workspace_id = ? AND doc_id = ?').get(ref.workspaceId, ref.docId) as
      | { title: string }
      | undefined;
    return row?.title ?? '';
  }

  /** Ids of the units forked from a unit (its lineage downstream). */
  forksOf(workspaceId: string, unitId: string): UnitSummary[] {
    const rows = this.db
      .prepare(
        `SELECT i.doc_id AS id, i.title, i.description, i.hashtags, i.minutes, i.language, i.licence, i.contributors,
                i.forked_from AS forkedFrom, i.review_state AS reviewState, d.updated_at AS updatedAt
         FROM unit_index i JOIN docs d ON d.workspace_id = i.workspace_id AND d.doc_id = i.doc_id
         WHERE i.workspace_id = ? AND d.deleted_at IS NULL AND json_extract(i.forked_from, '$.unitId') = ?`,
      )
      .all(workspaceId, unitId) as SummaryRow[];
    return rows.map(toSummary);
  }
}

function toSummary(row: SummaryRow): UnitSummary {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    hashtags: JSON.parse(row.hashtags) as string[],
    minutes: row.minutes,
    language: row.language,
    licence: row.licence,
    contributors: JSON.parse(row.contributors) as string[],
    updatedAt: row.updatedAt,
    forkedFrom: row.forkedFrom ? (JSON.parse(row.forkedFrom) as UnitSummary['forkedFrom']) : null,
    review: ReviewStateSchema.catch('draft').parse(row.reviewState),
  };
}
