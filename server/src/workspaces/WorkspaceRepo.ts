import { FOLLOW_KEY_PREFIX, type Role } from '@minga/schema';
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

  async create(name: string): Promise<{ workspace: Workspace; editKey: string; viewKey: string }> {
    const id = newWorkspaceId();
    const editKey = newKey();
    const viewKey = newKey();
    const createdAt = new Date().toISOString();
    await this.rows.insert({
      id,
      name,
      createdAt,
      keysRotatedAt: null,
      editKeyHash: hashKey(editKey),
      viewKeyHash: hashKey(viewKey),
      viewKeySealed: sealViewKey(viewKey, editKey),
    });
    return { workspace: { id, name, createdAt, keysRotatedAt: null }, editKey, viewKey };
  }

  async get(id: string): Promise<Workspace | null> {
    const row = await this.rows.get(id);
    return row ? publicPart(row) : null;
  }

  async list(): Promise<Workspace[]> {
    return (await this.rows.list()).map(publicPart);
  }

  /** Which role a key grants in a workspace, if any. Both workspace digests are always compared. */
  async check(workspaceId: string, key: string | undefined | null): Promise<KeyCheck> {
    if (!key) return { ok: false, reason: 'missing_key' };
    const row = await this.rows.get(workspaceId);
    if (!row) return { ok: false, reason: 'workspace_not_found' };
    const isEdit = keyMatches(key, row.editKeyHash);
    const isView = keyMatches(key, row.viewKeyHash);
    if (isEdit) return { ok: true, role: 'edit', workspace: publicPart(row) };
    if (isView) return { ok: true, role: 'view', workspace: publicPart(row) };
    const sessionId = await this.followKeys.sessionOf(workspaceId, key);
    if (sessionId) return { ok: true, role: 'follow', sessionId, workspace: publicPart(row) };
    return { ok: false, reason: 'wrong_key' };
  }

  /**
   * Whether a key opens the workspace (edit, view or any follow key), as one read: what a key
   * rotation uses to sort every open socket of the workspace at once.
   */
  async keyTest(workspaceId: string): Promise<(key: string) => boolean> {
    const [row, followHashes] = await Promise.all([this.rows.get(workspaceId), this.rows.followKeyHashes(workspaceId)]);
    if (!row) return () => false;
    return (key) =>
      keyMatches(key, row.editKeyHash) || keyMatches(key, row.viewKeyHash) || (key.startsWith(FOLLOW_KEY_PREFIX) && followHashes.some((h) => keyMatches(key, h)));
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
   * Replaces the chosen keys; the old ones stop working at once. Pass the current edit key when
   * rotating only the edit key, so the unchanged view key stays recoverable by editors.
   */
  async rotate(id: string, which: 'edit' | 'view' | 'both', currentEditKey?: string): Promise<{ editKey?: string; viewKey?: string }> {
    const out: { editKey?: string; viewKey?: string } = {};
    if (which !== 'view') out.editKey = newKey();
    if (which !== 'edit') out.viewKey = newKey();
    await this.rows.rotate(id, (row, followKeys) => {
      const keptViewKey = which === 'edit' && currentEditKey ? viewKeyOf(row, currentEditKey) : null;
      const keptEditKey = which === 'view' ? currentEditKey : undefined;
      const editKey = out.editKey ?? keptEditKey;
      const viewKey = out.viewKey ?? keptViewKey;
      return {
        editKeyHash: out.editKey ? hashKey(out.editKey) : undefined,
        viewKeyHash: out.viewKey ? hashKey(out.viewKey) : undefined,
        viewKeySealed: editKey && viewKey ? sealViewKey(viewKey, editKey) : null,
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

function publicPart(row: WorkspaceRow): Workspace {
  return { id: row.id, name: row.name, createdAt: row.createdAt, keysRotatedAt: row.keysRotatedAt };
}
