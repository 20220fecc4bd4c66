import { isBlankSession, type Session } from '@minga/schema';
import type pg from 'pg';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';
import type { UnitIndex } from '../units/UnitIndex.ts';
import { directWriter, type StatementWriter } from '../storage/SqliteWriter.ts';

const UPSERT = `INSERT INTO session_index (workspace_id, doc_id, title, audience, date, place, target_minutes, items)
  VALUES (@workspaceId, @docId, @title, @audience, @date, @place, @targetMinutes, @items)
  ON CONFLICT (workspace_id, doc_id) DO UPDATE SET title = excluded.title, audience = excluded.audience,
    date = excluded.date, place = excluded.place, target_minutes = excluded.target_minutes, items = excluded.items`;

/** See SessionSummarySchema in @minga/schema. */
export interface SessionSummary {
  id: string;
  title: string;
  audience: string;
  date: string | null;
  place: string;
  targetMinutes: number;
  /** Planned minutes: free items, overrides, and the library's minutes of each unit. */
  minutes: number;
  itemCount: number;
  updatedAt: string;
}

interface Row {
  id: string;
  title: string;
  audience: string;
  date: string | null;
  place: string;
  targetMinutes: number;
  items: string;
  updatedAt: string;
}

type IndexedItem = { unitId: string; minutesOverride?: number } | { minutes: number };

/** The workspace's list of sessions: what the sessions page shows without opening each doc. */
export interface SessionIndex {
  /** Lists a session, or takes it off the list while it is blank (a stray "new session" lists nothing); resolves once on disk. */
  upsert(ref: DocRef, session: Session): Promise<void>;
  /** Live sessions, dated ones first (latest first), then by last change. */
  list(workspaceId: string): Promise<SessionSummary[]>;
  /** A session's indexed title ('' when not indexed). */
  title(ref: DocRef): Promise<string>;
}

/** The indexed columns of a session; null when it is blank. */
function rowOf(ref: DocRef, session: Session) {
  if (isBlankSession(session)) return null;
  const items: IndexedItem[] = session.items.map((item) =>
    item.kind === 'unit' ? { unitId: item.unitId, ...(item.minutesOverride !== undefined ? { minutesOverride: item.minutesOverride } : {}) } : { minutes: item.minutes },
  );
  return {
    workspaceId: ref.workspaceId,
    docId: ref.docId,
    title: session.title,
    audience: session.audience,
    date: session.date ?? null,
    place: session.place,
    targetMinutes: session.targetMinutes,
    items: JSON.stringify(items),
  };
}

/** A listed session with its planned minutes: free items, overrides, and the library's minutes of each unit. */
async function summarise(units: UnitIndex, workspaceId: string, row: Row): Promise<SessionSummary> {
  const items = JSON.parse(row.items) as IndexedItem[];
  let minutes = 0;
  for (const item of items) {
    if ('minutes' in item) minutes += item.minutes;
    else if (item.minutesOverride !== undefined) minutes += item.minutesOverride;
    else minutes += (await units.summary({ workspaceId, docId: item.unitId }))?.minutes ?? 0;
  }
  const { items: _items, ...rest } = row;
  return { ...rest, minutes, itemCount: items.length };
}

/** The session list in SQLite, written through the writer thread. */
export class SqliteSessionIndex implements SessionIndex {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly units: UnitIndex,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    this.stmts = {
      list: db.prepare(
        `SELECT s.doc_id AS id, s.title, s.audience, s.date, s.place, s.target_minutes AS targetMinutes, s.items,
                d.updated_at AS updatedAt
         FROM session_index s JOIN docs d ON d.workspace_id = s.workspace_id AND d.doc_id = s.doc_id
         WHERE s.workspace_id = ? AND d.deleted_at IS NULL
         ORDER BY s.date IS NULL, s.date DESC, d.updated_at DESC`,
      ),
      title: db.prepare('SELECT title FROM session_index WHERE workspace_id = ? AND doc_id = ?'),
      remove: db.prepare('DELETE FROM session_index WHERE workspace_id = ? AND doc_id = ?'),
    };
  }

  async upsert(ref: DocRef, session: Session): Promise<void> {
    const params = rowOf(ref, session);
    if (!params) {
      await this.writer.run([{ sql: 'DELETE FROM session_index WHERE workspace_id = @workspaceId AND doc_id = @docId', params: { workspaceId: ref.workspaceId, docId: ref.docId } }]);
      return;
    }
    await this.writer.run([{ sql: UPSERT, params }]);
  }

  async list(workspaceId: string): Promise<SessionSummary[]> {
    return Promise.all((this.stmts.list.all(workspaceId) as Row[]).map((row) => summarise(this.units, workspaceId, row)));
  }

  async title(ref: DocRef): Promise<string> {
    return (this.stmts.title.get(ref.workspaceId, ref.docId) as { title: string } | undefined)?.title ?? '';
  }
}

/** The session list in Postgres, shared by every node. */
export class PostgresSessionIndex implements SessionIndex {
  constructor(
    private readonly pool: pg.Pool,
    private readonly units: UnitIndex,
  ) {}

  async upsert(ref: DocRef, session: Session): Promise<void> {
    const p = rowOf(ref, session);
    if (!p) {
      await this.pool.query('DELETE FROM session_index WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId]);
      return;
    }
    await this.pool.query(
      `INSERT INTO session_index (workspace_id, doc_id, title, audience, date, place, target_minutes, items) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workspace_id, doc_id) DO UPDATE SET title = excluded.title, audience = excluded.audience,
         date = excluded.date, place = excluded.place, target_minutes = excluded.target_minutes, items = excluded.items`,
      [p.workspaceId, p.docId, p.title, p.audience, p.date, p.place, p.targetMinutes, p.items],
    );
  }

  async list(workspaceId: string): Promise<SessionSummary[]> {
    const { rows } = await this.pool.query<Omit<Row, 'updatedAt'> & { updatedAt: Date }>(
      `SELECT s.doc_id AS id, s.title, s.audience, s.date, s.place, s.target_minutes AS "targetMinutes", s.items, d.updated_at AS "updatedAt"
       FROM session_index s JOIN docs d ON d.workspace_id = s.workspace_id AND d.doc_id = s.doc_id
       WHERE s.workspace_id = $1 AND d.deleted_at IS NULL
       ORDER BY s.date IS NULL, s.date COLLATE "C" DESC, d.updated_at DESC`,
      [workspaceId],
    );
    return Promise.all(rows.map((row) => summarise(this.units, workspaceId, { ...row, updatedAt: row.updatedAt.toISOString() })));
  }

  async title(ref: DocRef): Promise<string> {
    const { rows } = await this.pool.query<{ title: string }>('SELECT title FROM session_index WHERE workspace_id = $1 AND doc_id = $2', [ref.workspaceId, ref.docId]);
    return rows[0]?.title ?? '';
  }
}
