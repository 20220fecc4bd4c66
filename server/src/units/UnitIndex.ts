import { hashtagMatchKey, isBlankUnit, ReviewStateSchema, totalMinutes, type Unit, type UnitList, type UnitQuery, type UnitSummary } from '@minga/schema';
import type pg from 'pg';
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

/** The library's index of units: summaries for listing, full text for search (case and accents ignored). */
export interface UnitIndex {
  /** Indexes a unit, or takes it out while it is blank (a stray "new unit" lists nothing); resolves once on disk. */
  upsert(ref: DocRef, unit: Unit): Promise<void>;
  remove(ref: DocRef): Promise<void>;
  /** Units of a workspace matching a query, ranked, with hashtag facets. Units in the bin never match. */
  search(workspaceId: string, query: UnitQuery): Promise<UnitList>;
  /** A unit's summary as the library lists it, or null when it is not indexed or sits in the bin. */
  summary(ref: DocRef): Promise<UnitSummary | null>;
  /** A unit's indexed title ('' when not indexed). */
  title(ref: DocRef): Promise<string>;
  /** The units forked from a unit (its lineage downstream). */
  forksOf(workspaceId: string, unitId: string): Promise<UnitSummary[]>;
}

/** The summary columns of a unit, as both engines store them. */
function summaryOf(ref: DocRef, unit: Unit) {
  return {
    workspaceId: ref.workspaceId,
    docId: ref.docId,
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
}

/** The page, the total and the facets of a search, from every match in rank order. */
function toUnitList(rows: SummaryRow[], limit: number): UnitList {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of JSON.parse(row.hashtags) as string[]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const hashtags = [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, 50);
  return { units: rows.slice(0, limit).map(toSummary), total: rows.length, facets: { hashtags } };
}

/** The library's index in SQLite: FTS5 for search. Written through the writer thread. */
export class SqliteUnitIndex implements UnitIndex {
  constructor(
    private readonly db: Db,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    // Tag filters ignore case and accents on both sides: tag=wikipedia finds #Wikipédia.
    db.function('minga_tag_key', { deterministic: true }, (tag: unknown) => (typeof tag === 'string' ? hashtagMatchKey(tag) : null));
  }

  async upsert(ref: DocRef, unit: Unit): Promise<void> {
    if (isBlankUnit(unit)) return this.remove(ref);
    const key = { workspaceId: ref.workspaceId, docId: ref.docId };
    const summary = summaryOf(ref, unit);
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

  async search(workspaceId: string, query: UnitQuery): Promise<UnitList> {
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
    return toUnitList(rows, query.limit);
  }

  async summary(ref: DocRef): Promise<UnitSummary | null> {
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

  async title(ref: DocRef): Promise<string> {
    const row = this.db.prepare('SELECT title FROM unit_index WHERE workspace_id = ? AND doc_id = ?').get(ref.workspaceId, ref.docId) as
      | { title: string }
      | undefined;
    return row?.title ?? '';
  }

  async forksOf(workspaceId: string, unitId: string): Promise<UnitSummary[]> {
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

/**
 * Words as the SQLite index sees them (unicode61 with diacritics removed): letters and digits,
 * accents and case folded. Postgres's 'simple' configuration then takes them as they are.
 */
export function searchWords(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A Postgres tsquery for what a person types: each word must match, as a prefix (as toFtsQuery). */
export function toTsQuery(q: string): string | null {
  const words = searchWords(q.normalize('NFC'));
  return words.length ? words.slice(0, 12).map((w) => `${w}:*`).join(' & ') : null;
}

const PG_SUMMARY = `i.doc_id AS id, i.title, i.description, i.hashtags, i.minutes, i.language, i.licence, i.contributors,
  i.forked_from AS "forkedFrom", i.review_state AS "reviewState", d.updated_at AS "updatedAt"`;
const PG_FROM = 'unit_index i JOIN docs d ON d.workspace_id = i.workspace_id AND d.doc_id = i.doc_id';
// Weights by column, as the SQLite index's bm25 ranks them: title and hashtags (A), description (B),
// objectives (C), steps and slides (D). ts_rank's array is {D, C, B, A}.
// The tsquery is always $2.
const PG_RANK = `ts_rank('{0.1, 0.3, 0.5, 1.0}', i.search, to_tsquery('simple', $2))`;

type PgSummaryRow = Omit<SummaryRow, 'updatedAt'> & { updatedAt: Date };
const fromPg = (row: PgSummaryRow): SummaryRow => ({ ...row, updatedAt: row.updatedAt.toISOString() });

/** The library's index in Postgres, shared by every node: a tsvector of folded words, searched by prefix. */
export class PostgresUnitIndex implements UnitIndex {
  constructor(private readonly pool: pg.Pool) {}

  async upsert(ref: DocRef, unit: Unit): Promise<void> {
    if (isBlankUnit(unit)) return this.remove(ref);
    const s = summaryOf(ref, unit);
    const text = unitSearchText(unit);
    const words = (field: keyof typeof text) => searchWords(text[field]).join(' ');
    await this.pool.query(
      `INSERT INTO unit_index AS u (workspace_id, doc_id, title, description, hashtags, tag_keys, minutes, language, licence, contributors, forked_from, review_state, search)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $18,
         setweight(to_tsvector('simple', $12), 'A') || setweight(to_tsvector('simple', $13), 'A') || setweight(to_tsvector('simple', $14), 'B')
         || setweight(to_tsvector('simple', $15), 'C') || setweight(to_tsvector('simple', $16), 'D') || setweight(to_tsvector('simple', $17), 'D'))
       ON CONFLICT (workspace_id, doc_id) DO UPDATE SET title = excluded.title, description = excluded.description, hashtags = excluded.hashtags,
         tag_keys = excluded.tag_keys, minutes = excluded.minutes, language = excluded.language, licence = excluded.licence,
         contributors = excluded.contributors, forked_from = excluded.forked_from, review_state = excluded.review_state,
         search = excluded.search`,
      [
        s.workspaceId, s.docId, s.title, s.description, s.hashtags, unit.hashtags.map(hashtagMatchKey), s.minutes, s.language, s.licence,
        s.contributors, s.forkedFrom, words('title'), words('hashtags'), words('description'), words('objectives'), words('steps'), words('slides'),
        s.reviewState,
      ],
    );
  }

  async remove(ref: DocRef): Promise<void> {
    await this.pool.query('DELETE FROM unit_index WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId]);
  }

  async search(workspaceId: string, query: UnitQuery): Promise<UnitList> {
    const tsq = query.q ? toTsQuery(query.q) : null;
    const params: unknown[] = [workspaceId];
    const where = ['i.workspace_id = $1', 'd.deleted_at IS NULL'];
    if (tsq) {
      params.push(tsq);
      where.push(`i.search @@ to_tsquery('simple', $2)`);
    }
    if (query.tag) {
      params.push(hashtagMatchKey(query.tag));
      where.push(`$${params.length} = ANY (i.tag_keys)`);
    }
    if (query.lang) {
      params.push(query.lang);
      where.push(`i.language = $${params.length}`);
    }
    if (query.review) {
      params.push(query.review);
      where.push(`i.review_state = $${params.length}`);
    }
    if (query.maxMinutes !== undefined) {
      params.push(query.maxMinutes);
      where.push(`i.minutes <= $${params.length}`);
    }
    const sort = query.sort ?? (tsq ? 'relevance' : 'updated');
    // SQLite's NOCASE folds ASCII letters only and compares bytes: lower() under the "C" collation.
    const byTitle = 'lower(i.title) COLLATE "C" ASC';
    const orderBy = {
      relevance: tsq ? `${PG_RANK} DESC, d.updated_at DESC` : 'd.updated_at DESC',
      updated: 'd.updated_at DESC',
      title: byTitle,
      minutes: `i.minutes ASC, ${byTitle}`,
    }[sort];
    const { rows } = await this.pool.query<PgSummaryRow>(
      `SELECT ${PG_SUMMARY} FROM ${PG_FROM} WHERE ${where.join(' AND ')} ORDER BY ${orderBy}`,
      params,
    );
    return toUnitList(rows.map(fromPg), query.limit);
  }

  async summary(ref: DocRef): Promise<UnitSummary | null> {
    const { rows } = await this.pool.query<PgSummaryRow>(
      `SELECT ${PG_SUMMARY} FROM ${PG_FROM} WHERE i.workspace_id = $1 AND i.doc_id = $2 AND d.deleted_at IS NULL`,
      [ref.workspaceId, ref.docId],
    );
    return rows[0] ? toSummary(fromPg(rows[0])) : null;
  }

  async title(ref: DocRef): Promise<string> {
    const { rows } = await this.pool.query<{ title: string }>('SELECT title FROM unit_index WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId]);
    return rows[0]?.title ?? '';
  }

  async forksOf(workspaceId: string, unitId: string): Promise<UnitSummary[]> {
    const { rows } = await this.pool.query<PgSummaryRow>(
      `SELECT ${PG_SUMMARY} FROM ${PG_FROM}
       WHERE i.workspace_id = $1 AND d.deleted_at IS NULL AND (i.forked_from::jsonb ->> 'unitId') = $2`,
      [workspaceId, unitId],
    );
    return rows.map((r) => toSummary(fromPg(r)));
  }
}
