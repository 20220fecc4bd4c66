import { createHash, randomBytes } from 'node:crypto';
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
 * Uploaded images, kept in the database so one backup file holds everything.
 * Documents reference them by URL and never inline them.
 */
export class FileRepo {
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

  /** Stores an image; the same bytes uploaded twice in a workspace are stored once. */
  save(workspaceId: string, mime: ImageType, data: Uint8Array): StoredFile {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const existing = this.stmts.byHash.get(workspaceId, sha256) as StoredFile | undefined;
    if (existing) return existing;
    // 128 random bits: the URL is the capability, as images are loaded without a key.
    const id = randomBytes(16).toString('base64url');
    const createdAt = new Date().toISOString();
    this.stmts.insert.run(id, workspaceId, mime, data.byteLength, sha256, createdAt, Buffer.from(data));
    return { id, workspaceId, mime, size: data.byteLength, sha256, createdAt };
  }

  get(workspaceId: string, id: string): { mime: ImageType; data: Buffer } | null {
    return (this.stmts.get.get(workspaceId, id) as { mime: ImageType; data: Buffer } | undefined) ?? null;
  }
}
