import { FOLLOW_KEY_PREFIX } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import { hashKey, newKey } from './keys.ts';
import { openViewKey, sealViewKey } from './sealViewKey.ts';

interface FollowKeyRow {
  sessionId: string;
  keySealed: Buffer | null;
}

/**
 * One follow key per session: what the room gets on the projector. It opens that session's deck,
 * the presenter's position and room input, nothing else of the workspace. Stored as a SHA-256
 * digest (looked up by digest: a 256-bit random secret leaves nothing to guess from timing) and
 * sealed under the edit key, so editors can print it again.
 */
export class FollowKeyRepo {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      byHash: db.prepare('SELECT session_id AS sessionId FROM follow_keys WHERE workspace_id = ? AND key_hash = ?'),
      get: db.prepare('SELECT session_id AS sessionId, key_sealed AS keySealed FROM follow_keys WHERE workspace_id = ? AND session_id = ?'),
      all: db.prepare('SELECT session_id AS sessionId, key_sealed AS keySealed FROM follow_keys WHERE workspace_id = ?'),
      upsert: db.prepare(
        `INSERT INTO follow_keys (workspace_id, session_id, key_hash, key_sealed, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, session_id) DO UPDATE SET key_hash = excluded.key_hash, key_sealed = excluded.key_sealed, created_at = excluded.created_at`,
      ),
      setSealed: db.prepare('UPDATE follow_keys SET key_sealed = ? WHERE workspace_id = ? AND session_id = ?'),
      touchWorkspace: db.prepare('UPDATE workspaces SET keys_rotated_at = ? WHERE id = ?'),
    };
  }

  /** The session a follow key opens in a workspace, or null. */
  sessionOf(workspaceId: string, key: string): string | null {
    if (!key.startsWith(FOLLOW_KEY_PREFIX)) return null;
    const row = this.stmts.byHash.get(workspaceId, hashKey(key)) as { sessionId: string } | undefined;
    return row?.sessionId ?? null;
  }

  /** The session's follow key for an editor, or null when there is none yet or it cannot be opened. */
  current(workspaceId: string, sessionId: string, editKey: string): string | null {
    const row = this.stmts.get.get(workspaceId, sessionId) as FollowKeyRow | undefined;
    return row?.keySealed ? openViewKey(row.keySealed, editKey, 'follow key') : null;
  }

  /**
   * A new follow key for the session; the old one stops working at once (the workspace's
   * rotation time moves, so every server process cuts the sockets that used it).
   * Without the edit key (the CLI) it cannot be sealed: editors get a fresh one when they ask.
   */
  rotate(workspaceId: string, sessionId: string, editKey?: string): string {
    const key = `${FOLLOW_KEY_PREFIX}${newKey()}`;
    const now = new Date().toISOString();
    this.stmts.upsert.run(workspaceId, sessionId, hashKey(key), editKey ? sealViewKey(key, editKey, 'follow key') : null, now);
    this.stmts.touchWorkspace.run(now, workspaceId);
    return key;
  }

  /** Seals every follow key of a workspace again under a new edit key (after an edit key rotation). */
  reseal(workspaceId: string, oldEditKey: string, newEditKey: string): void {
    for (const row of this.stmts.all.all(workspaceId) as FollowKeyRow[]) {
      const key = row.keySealed ? openViewKey(row.keySealed, oldEditKey, 'follow key') : null;
      this.stmts.setSealed.run(key ? sealViewKey(key, newEditKey, 'follow key') : null, workspaceId, row.sessionId);
    }
  }
}
