import type { Db } from '../storage/openDatabase.ts';
import type { FollowKeyRow, KeyRotationPlan, WorkspaceRow, WorkspaceRows } from './WorkspaceRows.ts';

/** Workspaces and follow keys in the data directory's SQLite database (synchronous underneath). */
export class SqliteWorkspaceRows implements WorkspaceRows {
  private readonly stmts;
  private readonly rotateTx;

  constructor(readonly db: Db) {
    const columns = `id, name, created_at AS createdAt, keys_rotated_at AS keysRotatedAt,
                     edit_key_hash AS editKeyHash, view_key_hash AS viewKeyHash,
                     view_key_sealed AS viewKeySealed,
                     comment_key_hash AS commentKeyHash, comment_key_sealed AS commentKeySealed`;
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO workspaces (id, name, edit_key_hash, view_key_hash, view_key_sealed, comment_key_hash, comment_key_sealed, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      get: db.prepare(`SELECT ${columns} FROM workspaces WHERE id = ?`),
      list: db.prepare(`SELECT ${columns} FROM workspaces ORDER BY created_at`),
      setEdit: db.prepare('UPDATE workspaces SET edit_key_hash = ?, keys_rotated_at = ? WHERE id = ?'),
      setView: db.prepare('UPDATE workspaces SET view_key_hash = ?, keys_rotated_at = ? WHERE id = ?'),
      setSealed: db.prepare('UPDATE workspaces SET view_key_sealed = ? WHERE id = ?'),
      setComment: db.prepare('UPDATE workspaces SET comment_key_hash = ?, keys_rotated_at = ? WHERE id = ?'),
      setCommentSealed: db.prepare('UPDATE workspaces SET comment_key_sealed = ? WHERE id = ?'),
      firstComment: db.prepare('UPDATE workspaces SET comment_key_hash = ?, comment_key_sealed = ? WHERE id = ? AND comment_key_hash IS NULL'),
      rotatedSince: db.prepare('SELECT id, keys_rotated_at AS at FROM workspaces WHERE keys_rotated_at > ?'),
      followByHash: db.prepare('SELECT session_id AS sessionId FROM follow_keys WHERE workspace_id = ? AND key_hash = ?'),
      followGet: db.prepare('SELECT session_id AS sessionId, key_sealed AS keySealed FROM follow_keys WHERE workspace_id = ? AND session_id = ?'),
      followHashes: db.prepare('SELECT key_hash AS keyHash FROM follow_keys WHERE workspace_id = ?'),
      followAll: db.prepare('SELECT session_id AS sessionId, key_sealed AS keySealed FROM follow_keys WHERE workspace_id = ?'),
      followUpsert: db.prepare(
        `INSERT INTO follow_keys (workspace_id, session_id, key_hash, key_sealed, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, session_id) DO UPDATE SET key_hash = excluded.key_hash, key_sealed = excluded.key_sealed, created_at = excluded.created_at`,
      ),
      followSetSealed: db.prepare('UPDATE follow_keys SET key_sealed = ? WHERE workspace_id = ? AND session_id = ?'),
      touchWorkspace: db.prepare('UPDATE workspaces SET keys_rotated_at = ? WHERE id = ?'),
    };
    this.rotateTx = db.transaction((id: string, plan: (row: WorkspaceRow, followKeys: FollowKeyRow[]) => KeyRotationPlan) => {
      const row = this.stmts.get.get(id) as WorkspaceRow | undefined;
      if (!row) return;
      const p = plan(row, this.stmts.followAll.all(id) as FollowKeyRow[]);
      if (p.editKeyHash) this.stmts.setEdit.run(p.editKeyHash, p.at, id);
      if (p.viewKeyHash) this.stmts.setView.run(p.viewKeyHash, p.at, id);
      if (p.commentKeyHash) this.stmts.setComment.run(p.commentKeyHash, p.at, id);
      if (p.viewKeySealed !== undefined) this.stmts.setSealed.run(p.viewKeySealed, id);
      if (p.commentKeySealed !== undefined) this.stmts.setCommentSealed.run(p.commentKeySealed, id);
      for (const f of p.followKeys) this.stmts.followSetSealed.run(f.keySealed, id, f.sessionId);
    });
  }

  async insert(row: WorkspaceRow): Promise<void> {
    this.stmts.insert.run(
      row.id, row.name, row.editKeyHash, row.viewKeyHash, row.viewKeySealed, row.commentKeyHash, row.commentKeySealed, row.createdAt,
    );
  }

  async get(id: string): Promise<WorkspaceRow | null> {
    return (this.stmts.get.get(id) as WorkspaceRow | undefined) ?? null;
  }

  async list(): Promise<WorkspaceRow[]> {
    return this.stmts.list.all() as WorkspaceRow[];
  }

  async rotatedSince(since: string): Promise<{ id: string; at: string }[]> {
    return this.stmts.rotatedSince.all(since) as { id: string; at: string }[];
  }

  async rotate(id: string, plan: (row: WorkspaceRow, followKeys: FollowKeyRow[]) => KeyRotationPlan): Promise<void> {
    this.rotateTx(id, plan);
  }

  async setFirstCommentKey(id: string, keyHash: Buffer, keySealed: Buffer): Promise<boolean> {
    return this.stmts.firstComment.run(keyHash, keySealed, id).changes === 1;
  }

  async followSessionByHash(workspaceId: string, keyHash: Buffer): Promise<string | null> {
    return (this.stmts.followByHash.get(workspaceId, keyHash) as { sessionId: string } | undefined)?.sessionId ?? null;
  }

  async followKey(workspaceId: string, sessionId: string): Promise<FollowKeyRow | null> {
    return (this.stmts.followGet.get(workspaceId, sessionId) as FollowKeyRow | undefined) ?? null;
  }

  async followKeyHashes(workspaceId: string): Promise<Buffer[]> {
    return (this.stmts.followHashes.all(workspaceId) as { keyHash: Buffer }[]).map((r) => r.keyHash);
  }

  async setFollowKey(workspaceId: string, sessionId: string, keyHash: Buffer, keySealed: Buffer | null, at: string): Promise<void> {
    this.db.transaction(() => {
      this.stmts.followUpsert.run(workspaceId, sessionId, keyHash, keySealed, at);
      this.stmts.touchWorkspace.run(at, workspaceId);
    })();
  }
}
