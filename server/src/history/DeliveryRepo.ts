import type pg from 'pg';
import type { DeliveredVersion, Delivery, DeliveryBody, RoomInput } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import { MAX_PG_INTEGER } from '../storage/VersionRepo.ts';

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
export interface DeliveryRepo {
  add(workspaceId: string, sessionId: string, sessionTitle: string, body: DeliveryBody, versions: DeliveredVersion[], keptInput: RoomInput[]): Promise<Delivery>;
  get(workspaceId: string, id: number): Promise<Delivery | null>;
  /** Every delivery of the workspace, oldest event first: the timeline. */
  list(workspaceId: string): Promise<Delivery[]>;
  listBySession(workspaceId: string, sessionId: string): Promise<Delivery[]>;
}

/** The columns of a delivery row, in insertion order after the workspace. */
function insertValues(workspaceId: string, sessionId: string, sessionTitle: string, body: DeliveryBody, versions: DeliveredVersion[], keptInput: RoomInput[]) {
  return [
    workspaceId, sessionId, sessionTitle, body.place, body.date, JSON.stringify(body.facilitators), body.participants ?? null,
    body.debrief, body.author, new Date().toISOString(), JSON.stringify(versions), JSON.stringify(keptInput),
  ];
}

const INSERT_COLUMNS = 'workspace_id, session_id, session_title, place, date, facilitators, participants, debrief, author, created_at, versions, kept_input';

/** Deliveries in SQLite. */
export class SqliteDeliveryRepo implements DeliveryRepo {
  private readonly stmts;

  constructor(db: Db) {
    const cols = `id, session_id AS sessionId, session_title AS sessionTitle, place, date, facilitators, participants, debrief,
      author, created_at AS createdAt, versions, kept_input AS keptInput`;
    this.stmts = {
      insert: db.prepare(`INSERT INTO deliveries (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      get: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? AND id = ?`),
      list: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? ORDER BY date, id`),
      listBySession: db.prepare(`SELECT ${cols} FROM deliveries WHERE workspace_id = ? AND session_id = ? ORDER BY date, id`),
    };
  }

  async add(...args: Parameters<DeliveryRepo['add']>): Promise<Delivery> {
    const info = this.stmts.insert.run(...insertValues(...args));
    return (await this.get(args[0], Number(info.lastInsertRowid)))!;
  }

  async get(workspaceId: string, id: number): Promise<Delivery | null> {
    const row = this.stmts.get.get(workspaceId, id) as DeliveryRow | undefined;
    return row ? fromRow(row) : null;
  }

  async list(workspaceId: string): Promise<Delivery[]> {
    return (this.stmts.list.all(workspaceId) as DeliveryRow[]).map(fromRow);
  }

  async listBySession(workspaceId: string, sessionId: string): Promise<Delivery[]> {
    return (this.stmts.listBySession.all(workspaceId, sessionId) as DeliveryRow[]).map(fromRow);
  }
}

const PG_COLS = `id, session_id AS "sessionId", session_title AS "sessionTitle", place, date, facilitators, participants, debrief,
  author, created_at AS "createdAt", versions, kept_input AS "keptInput"`;

/** Deliveries in Postgres, shared by every node. */
export class PostgresDeliveryRepo implements DeliveryRepo {
  constructor(private readonly pool: pg.Pool) {}

  async add(...args: Parameters<DeliveryRepo['add']>): Promise<Delivery> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `INSERT INTO deliveries (${INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${PG_COLS}`,
      insertValues(...args),
    );
    return fromRow(rows[0]!);
  }

  async get(workspaceId: string, id: number): Promise<Delivery | null> {
    if (!Number.isSafeInteger(id) || id > MAX_PG_INTEGER) return null;
    const { rows } = await this.pool.query<DeliveryRow>(`SELECT ${PG_COLS} FROM deliveries WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async list(workspaceId: string): Promise<Delivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(`SELECT ${PG_COLS} FROM deliveries WHERE workspace_id = $1 ORDER BY date, id`, [workspaceId]);
    return rows.map(fromRow);
  }

  async listBySession(workspaceId: string, sessionId: string): Promise<Delivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT ${PG_COLS} FROM deliveries WHERE workspace_id = $1 AND session_id = $2 ORDER BY date, id`,
      [workspaceId, sessionId],
    );
    return rows.map(fromRow);
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
