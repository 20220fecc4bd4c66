import type pg from 'pg';
import type { RoomInput, RoomInputBody } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { MAX_PG_INTEGER } from '../storage/VersionRepo.ts';

/** Most messages one session keeps: a room of a hundred people, several each, and some margin. */
const MAX_PER_SESSION = 2000;

/** What the room sent during a presentation; kept after it, for the session's next steps. */
export interface RoomInputRepo {
  /** Stores one message; null when the session already holds the most it keeps. */
  add(ref: DocRef, input: RoomInputBody): Promise<RoomInput | null>;
  /** Messages after `sinceId` (all with 0), oldest first. */
  list(ref: DocRef, sinceId?: number): Promise<RoomInput[]>;
  /** Sets a message's status; null when the session has no such message. */
  setStatus(ref: DocRef, id: number, status: RoomInput['status']): Promise<RoomInput | null>;
}

/** Room input in SQLite. */
export class SqliteRoomInputRepo implements RoomInputRepo {
  private readonly stmts;

  constructor(db: Db) {
    const cols = 'id, kind, text, author, created_at AS createdAt, status';
    this.stmts = {
      insert: db.prepare('INSERT INTO room_input (workspace_id, session_id, kind, text, author, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      count: db.prepare('SELECT count(*) AS n FROM room_input WHERE workspace_id = ? AND session_id = ?'),
      list: db.prepare(`SELECT ${cols} FROM room_input WHERE workspace_id = ? AND session_id = ? AND id > ? ORDER BY id`),
      get: db.prepare(`SELECT ${cols} FROM room_input WHERE workspace_id = ? AND session_id = ? AND id = ?`),
      setStatus: db.prepare('UPDATE room_input SET status = ? WHERE workspace_id = ? AND session_id = ? AND id = ?'),
    };
  }

  async add(ref: DocRef, input: RoomInputBody): Promise<RoomInput | null> {
    if ((this.stmts.count.get(ref.workspaceId, ref.docId) as { n: number }).n >= MAX_PER_SESSION) return null;
    const createdAt = new Date().toISOString();
    const info = this.stmts.insert.run(ref.workspaceId, ref.docId, input.kind, input.text, input.author, createdAt);
    return { id: Number(info.lastInsertRowid), ...input, createdAt, status: 'new' };
  }

  async list(ref: DocRef, sinceId = 0): Promise<RoomInput[]> {
    return this.stmts.list.all(ref.workspaceId, ref.docId, sinceId) as RoomInput[];
  }

  async setStatus(ref: DocRef, id: number, status: RoomInput['status']): Promise<RoomInput | null> {
    this.stmts.setStatus.run(status, ref.workspaceId, ref.docId, id);
    return (this.stmts.get.get(ref.workspaceId, ref.docId, id) as RoomInput | undefined) ?? null;
  }
}

const PG_COLS = 'id, kind, text, author, created_at AS "createdAt", status';

/** Room input in Postgres, shared by every node. */
export class PostgresRoomInputRepo implements RoomInputRepo {
  constructor(private readonly pool: pg.Pool) {}

  async add(ref: DocRef, input: RoomInputBody): Promise<RoomInput | null> {
    const createdAt = new Date().toISOString();
    // The count and the insert in one statement, so the cap holds however many nodes receive input.
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO room_input (workspace_id, session_id, kind, text, author, created_at)
       SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM room_input WHERE workspace_id = $1 AND session_id = $2) < $7
       RETURNING id`,
      [ref.workspaceId, ref.docId, input.kind, input.text, input.author, createdAt, MAX_PER_SESSION],
    );
    return rows[0] ? { id: rows[0].id, ...input, createdAt, status: 'new' } : null;
  }

  async list(ref: DocRef, sinceId = 0): Promise<RoomInput[]> {
    const { rows } = await this.pool.query<RoomInput>(
      `SELECT ${PG_COLS} FROM room_input WHERE workspace_id = $1 AND session_id = $2 AND id > $3 ORDER BY id`,
      [ref.workspaceId, ref.docId, Math.min(sinceId, MAX_PG_INTEGER)],
    );
    return rows;
  }

  async setStatus(ref: DocRef, id: number, status: RoomInput['status']): Promise<RoomInput | null> {
    if (!Number.isSafeInteger(id) || id > MAX_PG_INTEGER) return null;
    const { rows } = await this.pool.query<RoomInput>(
      `UPDATE room_input SET status = $4 WHERE workspace_id = $1 AND session_id = $2 AND id = $3 RETURNING ${PG_COLS}`,
      [ref.workspaceId, ref.docId, id, status],
    );
    return rows[0] ?? null;
  }
}
