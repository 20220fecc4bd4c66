import { FOLLOW_KEY_PREFIX } from '@minga/schema';
import { hashKey, newKey } from './keys.ts';
import { openViewKey, sealViewKey } from './sealViewKey.ts';
import type { FollowKeyRow, WorkspaceRows } from './WorkspaceRows.ts';

/**
 * One follow key per session: what the room gets on the projector. It opens that session's deck,
 * the presenter's position and room input, nothing else of the workspace. Stored as a SHA-256
 * digest (looked up by digest: a 256-bit random secret leaves nothing to guess from timing) and
 * sealed under the edit key, so editors can print it again.
 */
export class FollowKeyRepo {
  constructor(private readonly rows: WorkspaceRows) {}

  /** The session a follow key opens in a workspace, or null. */
  async sessionOf(workspaceId: string, key: string): Promise<string | null> {
    if (!key.startsWith(FOLLOW_KEY_PREFIX)) return null;
    return this.rows.followSessionByHash(workspaceId, hashKey(key));
  }

  /** The session's follow key for an editor, or null when there is none yet or it cannot be opened. */
  async current(workspaceId: string, sessionId: string, editKey: string): Promise<string | null> {
    const row = await this.rows.followKey(workspaceId, sessionId);
    return row?.keySealed ? openViewKey(row.keySealed, editKey, 'follow key') : null;
  }

  /**
   * A new follow key for the session; the old one stops working at once (the workspace's
   * rotation time moves, so every server process cuts the sockets that used it).
   * Without the edit key (the CLI) it cannot be sealed: editors get a fresh one when they ask.
   */
  async rotate(workspaceId: string, sessionId: string, editKey?: string): Promise<string> {
    const key = `${FOLLOW_KEY_PREFIX}${newKey()}`;
    const sealed = editKey ? sealViewKey(key, editKey, 'follow key') : null;
    await this.rows.setFollowKey(workspaceId, sessionId, hashKey(key), sealed, new Date().toISOString());
    return key;
  }
}

/** Follow keys sealed again under a new edit key (after an edit key rotation); those that do not open get none. */
export function resealFollowKeys(rows: FollowKeyRow[], oldEditKey: string, newEditKey: string): FollowKeyRow[] {
  return rows.map((row) => {
    const key = row.keySealed ? openViewKey(row.keySealed, oldEditKey, 'follow key') : null;
    return { sessionId: row.sessionId, keySealed: key ? sealViewKey(key, newEditKey, 'follow key') : null };
  });
}
