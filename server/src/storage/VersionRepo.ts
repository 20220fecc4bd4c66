import type pg from 'pg';
import type { Db } from './openDatabase.ts';
import type { DocRef } from './DocStore.ts';
import { inTransaction } from './postgresPool.ts';
import { directWriter, type Statement, type StatementWriter } from './SqliteWriter.ts';

export interface VersionMeta {
  id: number;
  kind: 'named' | 'auto';
  label: string;
  author: string;
  createdAt: string;
}

export type StoredVersion = VersionMeta & { snapshot: Buffer };

/** Saved states of a document: named by people, or automatic after bursts of activity. */
export interface VersionRepo {
  /** Saves a version; resolves once it is on disk. Only the newest automatic versions are kept. */
  save(ref: DocRef, kind: 'named' | 'auto', label: string, author: string, snapshot: Uint8Array): Promise<VersionMeta>;
  /** The doc's versions, newest first. */
  list(ref: DocRef): Promise<VersionMeta[]>;
  get(ref: DocRef, id: number): Promise<StoredVersion | null>;
  latest(ref: DocRef): Promise<StoredVersion | null>;
}

/** Automatic versions kept per doc; named ones are never pruned. */
const AUTO_VERSIONS_KEPT = 50;

const INSERT = 'INSERT INTO doc_versions (workspace_id, doc_id, kind, label, author, created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)';
const PRUNE = `DELETE FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' AND id NOT IN (
  SELECT id FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND kind = 'auto' ORDER BY id DESC LIMIT ?)`;

/** Versions in SQLite, written through the writer thread. */
export class SqliteVersionRepo implements VersionRepo {
  private readonly stmts;

  constructor(
    db: Db,
    private readonly writer: StatementWriter = directWriter(db),
  ) {
    const meta = 'id, kind, label, author, created_at AS createdAt';
    this.stmts = {
      list: db.prepare(`SELECT ${meta} FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC`),
      get: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? AND id = ?`),
      latest: db.prepare(`SELECT ${meta}, snapshot FROM doc_versions WHERE workspace_id = ? AND doc_id = ? ORDER BY id DESC LIMIT 1`),
    };
  }

  async save(ref: DocRef, kind: 'named' | 'auto', label: string, author: string, snapshot: Uint8Array): Promise<VersionMeta> {
    const createdAt = new Date().toISOString();
    const statements: Statement[] = [{ sql: INSERT, params: [ref.workspaceId, ref.docId, kind, label, author, createdAt, snapshot] }];
    if (kind === 'auto') statements.push({ sql: PRUNE, params: [ref.workspaceId, ref.docId, ref.workspaceId, ref.docId, AUTO_VERSIONS_KEPT] });
    const [id] = await this.writer.run(statements);
    return { id: id!, kind, label, author, createdAt };
  }

  async list(ref: DocRef): Promise<VersionMeta[]> {
    return this.stmts.list.all(ref.workspaceId, ref.docId) as VersionMeta[];
  }

  async get(ref: DocRef, id: number): Promise<StoredVersion | null> {
    return (this.stmts.get.get(ref.workspaceId, ref.docId, id) as StoredVersion | undefined) ?? null;
  }

  async latest(ref: DocRef): Promise<StoredVersion | null> {
    return (this.stmts.latest.get(ref.workspaceId, ref.docId) as StoredVersion | undefined) ?? null;
  }
}

/** Two author lines (names joined by ", ") as one, each name once, in order. */
export function joinAuthors(first: string, second: string): string {
  const names = [...first.split(', '), ...second.split(', ')].map((n) => n.trim()).filter((n) => n !== '');
  return [...new Set(names)].join(', ');
}

/** Writes one version in a Postgres transaction; automatic ones past the newest AUTO_VERSIONS_KEPT are pruned. */
async function insertVersion(
  client: pg.PoolClient,
  ref: DocRef,
  kind: 'named' | 'auto',
  label: string,
  author: string,
  snapshot: Uint8Array,
): Promise<VersionMeta> {
  const createdAt = new Date().toISOString();
  const data = Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO doc_versions (workspace_id, doc_id, kind, label, author, created_at, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [ref.workspaceId, ref.docId, kind, label, author, createdAt, data],
  );
  if (kind === 'auto') {
    await client.query(
      `DELETE FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 AND kind = 'auto' AND id NOT IN (
         SELECT id FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 AND kind = 'auto' ORDER BY id DESC LIMIT $3)`,
      [ref.workspaceId, ref.docId, AUTO_VERSIONS_KEPT],
    );
  }
  return { id: rows[0]!.id, kind, label, author, createdAt };
}

/** The largest Postgres INTEGER, the type of version and delivery ids. */
export const MAX_PG_INTEGER = 2_147_483_647;

const PG_META = 'id, kind, label, author, created_at AS "createdAt"';

/** Versions in Postgres, shared by every node. */
export class PostgresVersionRepo implements VersionRepo {
  constructor(private readonly pool: pg.Pool) {}

  async save(ref: DocRef, kind: 'named' | 'auto', label: string, author: string, snapshot: Uint8Array): Promise<VersionMeta> {
    return inTransaction(this.pool, (client) => insertVersion(client, ref, kind, label, author, snapshot));
  }

  /**
   * Saves the automatic version of a burst that several nodes saw end: the first node to ask takes
   * it (claimed in `auto_version_claims`, unless one was taken less than `minGapMs` ago); the
   * others, asking a moment later, add their editors to it. One transaction: a node that must wait
   * for the claim's row lock sees the version the claiming node wrote with it.
   */
  async saveAutoOnce(ref: DocRef, author: string, snapshot: Uint8Array, minGapMs: number): Promise<'taken' | 'credited'> {
    return inTransaction(this.pool, async (client) => {
      const claim = await client.query(
        `INSERT INTO auto_version_claims AS c (workspace_id, doc_id, taken_at) VALUES ($1, $2, now())
         ON CONFLICT (workspace_id, doc_id) DO UPDATE SET taken_at = now()
         WHERE c.taken_at < now() - make_interval(secs => $3)`,
        [ref.workspaceId, ref.docId, minGapMs / 1000],
      );
      if (claim.rowCount === 1) {
        await insertVersion(client, ref, 'auto', '', author, snapshot);
        return 'taken';
      }
      // Another node took this burst's version: its snapshot holds these changes too (they reached
      // it through Redis, and it too waited for the doc to be quiet everywhere); only names are added.
      const { rows } = await client.query<{ id: number; author: string }>(
        `SELECT id, author FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 AND kind = 'auto' ORDER BY id DESC LIMIT 1 FOR UPDATE`,
        [ref.workspaceId, ref.docId],
      );
      const latest = rows[0];
      const merged = latest ? joinAuthors(latest.author, author) : author;
      if (latest && merged !== latest.author) await client.query('UPDATE doc_versions SET author = $1 WHERE id = $2', [merged, latest.id]);
      return 'credited';
    });
  }

  async list(ref: DocRef): Promise<VersionMeta[]> {
    const { rows } = await this.pool.query<VersionMeta>(
      `SELECT ${PG_META} FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 ORDER BY id DESC`,
      [ref.workspaceId, ref.docId],
    );
    return rows;
  }

  async get(ref: DocRef, id: number): Promise<StoredVersion | null> {
    // Ids are INTEGER: a larger one names no version (and must not become a type error).
    if (!Number.isSafeInteger(id) || id > MAX_PG_INTEGER) return null;
    const { rows } = await this.pool.query<StoredVersion>(
      `SELECT ${PG_META}, snapshot FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 AND id = $3`,
      [ref.workspaceId, ref.docId, id],
    );
    return rows[0] ?? null;
  }

  async latest(ref: DocRef): Promise<StoredVersion | null> {
    const { rows } = await this.pool.query<StoredVersion>(
      `SELECT ${PG_META}, snapshot FROM doc_versions WHERE workspace_id = $1 AND doc_id = $2 ORDER BY id DESC LIMIT 1`,
      [ref.workspaceId, ref.docId],
    );
    return rows[0] ?? null;
  }
}
