import type { DeliveredVersion, Delivery, DeliveryBody, RoomInput } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';

interface DeliveryRow {
  id: number;
  sessionId: string;
  sessionTitle: string;
  place: string;
  date: string;
  facilitators: string;
  participants: number | null;
  debrief: string;
  author: string;
  createdAt: string;
  versions: string;
  keptInput: string;
}

/** Deliveries of sessions: where and when they were given, and the versions they froze. */
export class DeliveryRepo {
  private readonly stmts;

  constructor(db: Db) {
    const cols = `id, session_id AS sessionId, session_title AS sessionTitle, place, date, facilitators, participants, debrief,
      author, created_at AS createdAt, versions, kept_input AS keptInput`;
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO deliveries (workspace_id, session_id, session_title, place, date, facilitators, participants, debrief, author, created_at, versions, kept_input)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? AND id = ?`),
      list: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? ORDER BY date, id`),
      listBySession: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? AND session_id = ? ORDER BY date, id`),
    };
  }

  add(
    workspaceId: string, sessionId: string, sessionTitle: string, body: DeliveryBody, versions: DeliveredVersion[], keptInput: RoomInput[],
  ): Delivery {
    const createdAt = new Date().toISOString();
    const info = this.stmts.insert.run(
      workspaceId, sessionId, sessionTitle, body.place, body.date, JSON.stringify(body.facilitators), body.participants ?? null,
      body.debrief, body.author, createdAt, JSON.stringify(versions), JSON.stringify(keptInput),
    );
    return this.get(workspaceId, Number(info.lastInsertRowid))!;
  }

  get(workspaceId: string, id: number): Delivery | null {
    const row = this.stmts.get.get(workspaceId, id) as DeliveryRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** Every delivery of the workspace, oldest event first: the timeline. */
  list(workspaceId: string): Delivery[] {
    return (this.stmts.list.all(workspaceId) as DeliveryRow[]).map(fromRow);
  }

  listBySession(workspaceId: string, sessionId: string): Delivery[] {
    return (this.stmts.listBySession.all(workspaceId, sessionId) as DeliveryRow[]).map(fromRow);
  }
}

function fromRow(row: DeliveryRow): Delivery {
  return {
    ...row,
    facilitators: JSON.parse(row.facilitators) as string[],
    versions: JSON.parse(row.versions) as DeliveredVersion[],
    keptInput: JSON.parse(row.keptInput) as RoomInput[],
  };
}
