import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from '../storage/openDatabase.ts';
import type { ImageType } from './sniffImageType.ts';

export interface StoredFile {
  id: string;
  workspaceId: string;
  mime: ImageType;
  size: number;
  sha256: string;
  createdAt: string;
}

/**
 * Uploaded images, kept in the database so one backup holds everything.
 * Documents reference them by URL and never inline them.
 */
export interface FileRepo {
  /** Stores an image; the same bytes uploaded twice in a workspace are stored once. */
  save(workspaceId: string, mime: ImageType, data: Uint8Array): Promise<StoredFile>;
  get(workspaceId: string, id: string): Promise<{ mime: ImageType; data: Buffer } | null>;
}

/** A new file's row: 128 random bits of id, as the URL is the capability (images load without a key). */
function newFile(workspaceId: string, mime: ImageType, data: Uint8Array, sha256: string): StoredFile {
  return { id: randomBytes(16).toString('base64url'), workspaceId, mime, size: data.byteLength, sha256, createdAt: new Date().toISOString() };
}

const sha256Of = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Images in the data directory's SQLite database. */
export class SqliteFileRepo implements FileRepo {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        'INSERT INTO files (id, workspace_id, mime, size, sha256, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      byHash: db.prepare(
        'SELECT id, workspace_id AS workspaceId, mime, size, sha256, created_at AS createdAt FROM files WHERE workspace_id = ? AND sha256 = ?',
      ),
      get: db.prepare('SELECT mime, data FROM files WHERE workspace_id = ? AND id = ?'),
    };
  }

  async save(workspaceId: string, mime: ImageType, data: Uint8Array): Promise<StoredFile> {
    const sha256 = sha256Of(data);
    const existing = this.stmts.byHash.get(workspaceId, sha256) as StoredFile | undefined;
    if (existing) return existing;
    const file = newFile(workspaceId, mime, data, sha256);
    this.stmts.insert.run(file.id, workspaceId, mime, file.size, sha256, file.createdAt, Buffer.from(data));
    return file;
  }

  async get(workspaceId: string, id: string): Promise<{ mime: ImageType; data: Buffer } | null> {
    return (this.stmts.get.get(workspaceId, id) as { mime: ImageType; data: Buffer } | undefined) ?? null;
  }
}

/** Images in Postgres, shared by every node. */
export class PostgresFileRepo implements FileRepo {
  constructor(private readonly pool: pg.Pool) {}

  async save(workspaceId: string, mime: ImageType, data: Uint8Array): Promise<StoredFile> {
    const sha256 = sha256Of(data);
    const { rows } = await this.pool.query<StoredFile>(
      'SELECT id, workspace_id AS "workspaceId", mime, size, sha256, created_at AS "createdAt" FROM files WHERE workspace_id = $1 AND sha256 = $2 LIMIT 1',
      [workspaceId, sha256],
    );
    if (rows[0]) return rows[0];
    const file = newFile(workspaceId, mime, data, sha256);
    await this.pool.query(
      'INSERT INTO files (id, workspace_id, mime, size, sha256, created_at, data) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [file.id, workspaceId, mime, file.size, sha256, file.createdAt, Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
    );
    return file;
  }

  async get(workspaceId: string, id: string): Promise<{ mime: ImageType; data: Buffer } | null> {
    const { rows } = await this.pool.query<{ mime: ImageType; data: Buffer }>('SELECT mime, data FROM files WHERE workspace_id = $1 AND id = $2', [workspaceId, id]);
    return rows[0] ?? null;
  }
}
