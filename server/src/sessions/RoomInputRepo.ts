import type { RoomInput, RoomInputBody } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import type { DocRef } from '../storage/DocStore.ts';

/** Most messages one session keeps: a room of a hundred people, several each, and some margin. */
const MAX_PER_SESSION = 2000;

/** What the room sent during a presentation; kept after it, for the session's next steps. */
export class RoomInputRepo {
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

  /** Stores one message; null when the session already holds the most it keeps. */
  add(ref: DocRef, input: RoomInputBody): RoomInput | null {
    if ((this.stmts.count.get(ref.workspaceId, ref.docId) as { n: number }).n >= MAX_PER_SESSION) return null;
    const createdAt = new Date().toISOString();
    const info = this.stmts.insert.run(ref.workspaceId, ref.docId, input.kind, input.text, input.author, createdAt);
    return { id: Number(info.lastInsertRowid), ...input, createdAt, status: 'new' };
  }

  /** Messages after `sinceId` (all with 0), oldest first. */
  list(ref: DocRef, sinceId = 0): RoomInput[] {
    return this.stmts.list.all(ref.workspaceId, ref.docId, sinceId) as RoomInput[];
  }

  setStatus(ref: DocRef, id: number, status: RoomInput['status']): RoomInput | null {
    this.stmts.setStatus.run(status, ref.workspaceId, ref.docId, id);
    return (this.stmts.get.get(ref.workspaceId, ref.docId, id) as RoomInput | undefined) ?? null;
  }
}
