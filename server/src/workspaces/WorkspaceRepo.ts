import { FOLLOW_KEY_PREFIX, type Role, type RotateWhich } from '@minga/schema';
import { hashKey, keyMatches, newKey, newWorkspaceId } from './keys.ts';
import { openViewKey, sealViewKey } from './sealViewKey.ts';
import { FollowKeyRepo, resealFollowKeys } from './FollowKeyRepo.ts';
import type { WorkspaceRow, WorkspaceRows } from './WorkspaceRows.ts';

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
  keysRotatedAt: string | null;
}

export type KeyCheck =
  | { ok: true; role: Role; workspace: Workspace }
  /** A session's follow key: that session's deck, the presenter's position and room input, nothing else. */
  | { ok: true; role: 'follow'; sessionId: string; workspace: Workspace }
  | { ok: false; reason: 'missing_key' | 'wrong_key' | 'workspace_not_found' };

/**
 * Workspaces and their keys. Keys leave this module in clear only when they are created. The
 * rows live in SQLite or in Postgres (see WorkspaceRows.ts); what keys mean is decided here, once.
 */
export class WorkspaceRepo {
  /** The sessions' follow keys. */
  readonly followKeys: FollowKeyRepo;

  constructor(private readonly rows: WorkspaceRows) {
    this.followKeys = new FollowKeyRepo(rows);
  }

  async create(name: string): Promise<{ workspace: Workspace; editKey: string; viewKey: string; commentKey: string }> {
    const id = newWorkspaceId();
    const editKey = newKey();
    const viewKey = newKey();
    const commentKey = newKey();
    const createdAt = new Date().toISOString();
    await this.rows.insert({
      id,
      name,
      createdAt,
      keysRotatedAt: null,
      editKeyHash: hashKey(editKey),
      viewKeyHash: hashKey(viewKey),
      viewKeySealed: sealViewKey(viewKey, editKey),
      commentKeyHash: hashKey(commentKey),
      commentKeySealed: sealViewKey(commentKey, editKey, 'comment key'),
    });
    return { workspace: { id, name, createdAt, keysRotatedAt: null }, editKey, viewKey, commentKey };
  }

  async get(id: string): Promise<Workspace | null> {
    const row = await this.rows.get(id);
    return row ? publicPart(row) : null;
  }

  async list(): Promise<Workspace[]> {
    return (await this.rows.list()).map(publicPart);
  }

  /** Which role a key grants in a workspace, if any. Every workspace digest is always compared. */
  async check(workspaceId: string, key: string | undefined | null): Promise<KeyCheck> {
    if (!key) return { ok: false, reason: 'missing_key' };
    const row = await this.rows.get(workspaceId);
    if (!row) return { ok: false, reason: 'workspace_not_found' };
    const isEdit = keyMatches(key, row.editKeyHash);
    const isView = keyMatches(key, row.viewKeyHash);
    const isComment = row.commentKeyHash !== null && keyMatches(key, row.commentKeyHash);
    if (isEdit) return { ok: true, role: 'edit', workspace: publicPart(row) };
    if (isView) return { ok: true, role: 'view', workspace: publicPart(row) };
    if (isComment) return { ok: true, role: 'comment', workspace: publicPart(row) };
    const sessionId = await this.followKeys.sessionOf(workspaceId, key);
    if (sessionId) return { ok: true, role: 'follow', sessionId, workspace: publicPart(row) };
    return { ok: false, reason: 'wrong_key' };
  }

  /**
   * Whether a key opens the workspace (edit, view, comment or any follow key), as one read: what a key
   * rotation uses to sort every open socket of the workspace at once.
   */
  async keyTest(workspaceId: string): Promise<(key: string) => boolean> {
    const [row, followHashes] = await Promise.all([this.rows.get(workspaceId), this.rows.followKeyHashes(workspaceId)]);
    if (!row) return () => false;
    return (key) =>
      keyMatches(key, row.editKeyHash) ||
      keyMatches(key, row.viewKeyHash) ||
      (row.commentKeyHash !== null && keyMatches(key, row.commentKeyHash)) ||
      (key.startsWith(FOLLOW_KEY_PREFIX) && followHashes.some((h) => keyMatches(key, h)));
  }

  /** Workspaces whose keys changed after `since` (ISO time), with the time of the change. */
  rotatedSince(since: string): Promise<{ id: string; at: string }[]> {
    return this.rows.rotatedSince(since);
  }

  /** The view key, for a holder of the edit key; null when it cannot be recovered (see rotate). */
  async viewKeyFor(id: string, editKey: string): Promise<string | null> {
    const row = await this.rows.get(id);
    return row ? viewKeyOf(row, editKey) : null;
  }

  /**
   * The comment key, for a holder of the edit key; null when it cannot be recovered (see rotate).
   * A workspace made before comment keys existed gets one here, on an editor's first ask: only
   * then is there an edit key to seal it under.
   */
  async commentKeyFor(id: string, editKey: string): Promise<string | null> {
    const row = await this.rows.get(id);
    if (!row || !keyMatches(editKey, row.editKeyHash)) return null;
    if (row.commentKeyHash === null) {
      const commentKey = newKey();
      const made = await this.rows.setFirstCommentKey(id, hashKey(commentKey), sealViewKey(commentKey, editKey, 'comment key'));
      // Another request made it first: read that one.
      return made ? commentKey : this.commentKeyFor(id, editKey);
    }
    return commentKeyOf(row, editKey);
  }

  /**
   * Replaces the chosen keys (`both`: edit and view); the old ones stop working at once. Pass the
   * current edit key when rotating the edit key alone, so the unchanged view and comment keys stay
   * recoverable by editors.
   */
  async rotate(id: string, which: RotateWhich, currentEditKey?: string): Promise<{ editKey?: string; viewKey?: string; commentKey?: string }> {
    const out: { editKey?: string; viewKey?: string; commentKey?: string } = {};
    const rotatesEdit = which === 'edit' || which === 'both';
    const rotatesView = which === 'view' || which === 'both';
    if (rotatesEdit) out.editKey = newKey();
    if (rotatesView) out.viewKey = newKey();
    if (which === 'comment') out.commentKey = newKey();
    await this.rows.rotate(id, (row, followKeys) => {
      const keptViewKey = !rotatesView && currentEditKey ? viewKeyOf(row, currentEditKey) : null;
      const keptCommentKey = which !== 'comment' && currentEditKey ? commentKeyOf(row, currentEditKey) : null;
      const keptEditKey = rotatesEdit ? undefined : currentEditKey;
      const editKey = out.editKey ?? keptEditKey;
      const viewKey = out.viewKey ?? keptViewKey;
      const commentKey = out.commentKey ?? keptCommentKey;
      return {
        editKeyHash: out.editKey ? hashKey(out.editKey) : undefined,
        viewKeyHash: out.viewKey ? hashKey(out.viewKey) : undefined,
        commentKeyHash: out.commentKey ? hashKey(out.commentKey) : undefined,
        // A rotation that keeps the edit key and the secret leaves its seal as it is.
        viewKeySealed: rotatesEdit || rotatesView ? (editKey && viewKey ? sealViewKey(viewKey, editKey) : null) : undefined,
        commentKeySealed:
          rotatesEdit || which === 'comment' ? (editKey && commentKey ? sealViewKey(commentKey, editKey, 'comment key') : null) : undefined,
        // Follow keys stay valid; editors can print them again only if they were sealed anew.
        followKeys: out.editKey && currentEditKey ? resealFollowKeys(followKeys, currentEditKey, out.editKey) : [],
        at: new Date().toISOString(),
      };
    });
    return out;
  }
}

function viewKeyOf(row: WorkspaceRow, editKey: string): string | null {
  if (!row.viewKeySealed || !keyMatches(editKey, row.editKeyHash)) return null;
  return openViewKey(row.viewKeySealed, editKey);
}

function commentKeyOf(row: WorkspaceRow, editKey: string): string | null {
  if (!row.commentKeySealed || !keyMatches(editKey, row.editKeyHash)) return null;
  return openViewKey(row.commentKeySealed, editKey, 'comment key');
}

function publicPart(row: WorkspaceRow): Workspace {
  return { id: row.id, name: row.name, createdAt: row.createdAt, keysRotatedAt: row.keysRotatedAt };
}
