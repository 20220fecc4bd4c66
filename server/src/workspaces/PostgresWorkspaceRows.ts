import type pg from 'pg';
import { inTransaction } from '../storage/postgresPool.ts';
import type { FollowKeyRow, KeyRotationPlan, WorkspaceRow, WorkspaceRows } from './WorkspaceRows.ts';

const COLUMNS = `id, name, created_at AS "createdAt", keys_rotated_at AS "keysRotatedAt",
                 edit_key_hash AS "editKeyHash", view_key_hash AS "viewKeyHash", view_key_sealed AS "viewKeySealed",
                 comment_key_hash AS "commentKeyHash", comment_key_sealed AS "commentKeySealed"`;

/** Workspaces and follow keys in Postgres, shared by every node. */
export class PostgresWorkspaceRows implements WorkspaceRows {
  constructor(private readonly pool: pg.Pool) {}

  async insert(row: WorkspaceRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO workspaces (id, name, edit_key_hash, view_key_hash, view_key_sealed, comment_key_hash, comment_key_sealed, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, row.name, row.editKeyHash, row.viewKeyHash, row.viewKeySealed, row.commentKeyHash, row.commentKeySealed, row.createdAt],
    );
  }

  async get(id: string): Promise<WorkspaceRow | null> {
    const { rows } = await this.pool.query<WorkspaceRow>(`SELECT ${COLUMNS} FROM workspaces WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(): Promise<WorkspaceRow[]> {
    return (await this.pool.query<WorkspaceRow>(`SELECT ${COLUMNS} FROM workspaces ORDER BY created_at`)).rows;
  }

  async rotatedSince(since: string): Promise<{ id: string; at: string }[]> {
    return (await this.pool.query<{ id: string; at: string }>('SELECT id, keys_rotated_at AS at FROM workspaces WHERE keys_rotated_at > $1', [since])).rows;
  }

  async rotate(id: string, plan: (row: WorkspaceRow, followKeys: FollowKeyRow[]) => KeyRotationPlan): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // The row lock makes rotations of one workspace, on any node, take turns.
      const { rows } = await client.query<WorkspaceRow>(`SELECT ${COLUMNS} FROM workspaces WHERE id = $1 FOR UPDATE`, [id]);
      if (!rows[0]) return;
      const follow = await client.query<FollowKeyRow>(
        'SELECT session_id AS "sessionId", key_sealed AS "keySealed" FROM follow_keys WHERE workspace_id = $1',
        [id],
      );
      const p = plan(rows[0], follow.rows);
      // A seal left undefined stays as it is ($7, $9 say whether to write $6, $8).
      await client.query(
        `UPDATE workspaces SET edit_key_hash = coalesce($2, edit_key_hash), view_key_hash = coalesce($3, view_key_hash),
                comment_key_hash = coalesce($4, comment_key_hash),
                keys_rotated_at = CASE WHEN $2::bytea IS NULL AND $3::bytea IS NULL AND $4::bytea IS NULL THEN keys_rotated_at ELSE $5 END,
                view_key_sealed = CASE WHEN $7::boolean THEN $6::bytea ELSE view_key_sealed END,
                comment_key_sealed = CASE WHEN $9::boolean THEN $8::bytea ELSE comment_key_sealed END
         WHERE id = $1`,
        [
          id, p.editKeyHash ?? null, p.viewKeyHash ?? null, p.commentKeyHash ?? null, p.at,
          p.viewKeySealed ?? null, p.viewKeySealed !== undefined, p.commentKeySealed ?? null, p.commentKeySealed !== undefined,
        ],
      );
      for (const f of p.followKeys) {
        await client.query('UPDATE follow_keys SET key_sealed = $3 WHERE workspace_id = $1 AND session_id = $2', [id, f.sessionId, f.keySealed]);
      }
    });
  }

  async setFirstCommentKey(id: string, keyHash: Buffer, keySealed: Buffer): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'UPDATE workspaces SET comment_key_hash = $2, comment_key_sealed = $3 WHERE id = $1 AND comment_key_hash IS NULL',
      [id, keyHash, keySealed],
    );
    return rowCount === 1;
  }

  async followSessionByHash(workspaceId: string, keyHash: Buffer): Promise<string | null> {
    const { rows } = await this.pool.query<{ sessionId: string }>(
      'SELECT session_id AS "sessionId" FROM follow_keys WHERE workspace_id = $1 AND key_hash = $2',
      [workspaceId, keyHash],
    );
    return rows[0]?.sessionId ?? null;
  }

  async followKey(workspaceId: string, sessionId: string): Promise<FollowKeyRow | null> {
    const { rows } = await this.pool.query<FollowKeyRow>(
      'SELECT session_id AS "sessionId", key_sealed AS "keySealed" FROM follow_keys WHERE workspace_id = $1 AND session_id = $2',
      [workspaceId, sessionId],
    );
    return rows[0] ?? null;
  }

  async followKeyHashes(workspaceId: string): Promise<Buffer[]> {
    const { rows } = await this.pool.query<{ keyHash: Buffer }>('SELECT key_hash AS "keyHash" FROM follow_keys WHERE workspace_id = $1', [workspaceId]);
    return rows.map((r) => r.keyHash);
  }

  async setFollowKey(workspaceId: string, sessionId: string, keyHash: Buffer, keySealed: Buffer | null, at: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO follow_keys (workspace_id, session_id, key_hash, key_sealed, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (workspace_id, session_id) DO UPDATE SET key_hash = excluded.key_hash, key_sealed = excluded.key_sealed, created_at = excluded.created_at`,
        [workspaceId, sessionId, keyHash, keySealed, at],
      );
      await client.query('UPDATE workspaces SET keys_rotated_at = $2 WHERE id = $1', [workspaceId, at]);
    });
  }
}
