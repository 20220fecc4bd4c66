import type { Role, RotateWhich } from '@minga/schema';
import type { Db } from '../storage/openDatabase.ts';
import { hashKey, keyMatches, newKey, newWorkspaceId } from './keys.ts';
import { openViewKey, sealViewKey } from './sealViewKey.ts';
import { FollowKeyRepo } from './FollowKeyRepo.ts';

export interface Workspace {
  id: string;
  name: string;
  createdAt: string;
  keysRotatedAt: string | null;
}

interface WorkspaceRow extends Workspace {
  editKeyHash: Buffer;
  viewKeyHash: Buffer;
  viewKeySealed: Buffer | null;
  commentKeyHash: Buffer | null;
  commentKeySealed: Buffer | null;
}

export type KeyCheck =
  | { ok: true; role: Role; workspace: Workspace }
  /** A session's follow key: that session's deck, the presenter's position and room input, nothing else. */
  | { ok: true; role: 'follow'; sessionId: string; workspace: Workspace }
  | { ok: false; reason: 'missing_key' | 'wrong_key' | 'workspace_not_found' };

/** Workspaces and their keys. Keys leave this module in clear only when they are created. */
export class WorkspaceRepo {
  private readonly stmts;
  /** The sessions' follow keys. */
  readonly followKeys: FollowKeyRepo;

  constructor(readonly db: Db) {
    this.followKeys = new FollowKeyRepo(db);
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
      setSealed: db.prepare('UPDATE workspaces SET view_key_sealed = ? WHERE id = ?'),
      rotatedSince: db.prepare('SELECT id, keys_rotated_at AS at FROM workspaces WHERE keys_rotated_at > ?'),
      setView: db.prepare('UPDATE workspaces SET view_key_hash = ?, keys_rotated_at = ? WHERE id = ?'),
      setComment: db.prepare('UPDATE workspaces SET comment_key_hash = ?, comment_key_sealed = ?, keys_rotated_at = ? WHERE id = ?'),
      setCommentSealed: db.prepare('UPDATE workspaces SET comment_key_sealed = ? WHERE id = ?'),
      firstComment: db.prepare('UPDATE workspaces SET comment_key_hash = ?, comment_key_sealed = ? WHERE id = ? AND comment_key_hash IS NULL'),
    };
  }

  create(name: string): { workspace: Workspace; editKey: string; viewKey: string; commentKey: string } {
    const id = newWorkspaceId();
    const editKey = newKey();
    const viewKey = newKey();
    const commentKey = newKey();
    const createdAt = new Date().toISOString();
    this.stmts.insert.run(
      id, name, hashKey(editKey), hashKey(viewKey), sealViewKey(viewKey, editKey),
      hashKey(commentKey), sealViewKey(commentKey, editKey, 'comment key'), createdAt,
    );
    return { workspace: { id, name, createdAt, keysRotatedAt: null }, editKey, viewKey, commentKey };
  }

  get(id: string): Workspace | null {
    const row = this.stmts.get.get(id) as WorkspaceRow | undefined;
    return row ? publicPart(row) : null;
  }

  list(): Workspace[] {
    return (this.stmts.list.all() as WorkspaceRow[]).map(publicPart);
  }

  /** Which role a key grants in a workspace, if any. Every workspace digest is always compared. */
  check(workspaceId: string, key: string | undefined | null): KeyCheck {
    if (!key) return { ok: false, reason: 'missing_key' };
    const row = this.stmts.get.get(workspaceId) as WorkspaceRow | undefined;
    if (!row) return { ok: false, reason: 'workspace_not_found' };
    const isEdit = keyMatches(key, row.editKeyHash);
    const isView = keyMatches(key, row.viewKeyHash);
    const isComment = row.commentKeyHash !== null && keyMatches(key, row.commentKeyHash);
    if (isEdit) return { ok: true, role: 'edit', workspace: publicPart(row) };
    if (isView) return { ok: true, role: 'view', workspace: publicPart(row) };
    if (isComment) return { ok: true, role: 'comment', workspace: publicPart(row) };
    const sessionId = this.followKeys.sessionOf(workspaceId, key);
    if (sessionId) return { ok: true, role: 'follow', sessionId, workspace: publicPart(row) };
    return { ok: false, reason: 'wrong_key' };
  }

  /** Workspaces whose keys changed after `since` (ISO time), with the time of the change. */
  rotatedSince(since: string): { id: string; at: string }[] {
    return this.stmts.rotatedSince.all(since) as { id: string; at: string }[];
  }

  /** The view key, for a holder of the edit key; null when it cannot be recovered (see rotate). */
  viewKeyFor(id: string, editKey: string): string | null {
    const row = this.stmts.get.get(id) as WorkspaceRow | undefined;
    if (!row?.viewKeySealed || !keyMatches(editKey, row.editKeyHash)) return null;
    return openViewKey(row.viewKeySealed, editKey);
  }

  /**
   * The comment key, for a holder of the edit key; null when it cannot be recovered (see rotate).
   * A workspace made before comment keys existed gets one here, on an editor's first ask: only
   * then is there an edit key to seal it under.
   */
  commentKeyFor(id: string, editKey: string): string | null {
    const row = this.stmts.get.get(id) as WorkspaceRow | undefined;
    if (!row || !keyMatches(editKey, row.editKeyHash)) return null;
    if (row.commentKeyHash === null) {
      const commentKey = newKey();
      const made = this.stmts.firstComment.run(hashKey(commentKey), sealViewKey(commentKey, editKey, 'comment key'), id);
      // Another request made it first: read that one.
      return made.changes === 1 ? commentKey : this.commentKeyFor(id, editKey);
    }
    return row.commentKeySealed ? openViewKey(row.commentKeySealed, editKey, 'comment key') : null;
  }

  /**
   * Replaces the chosen keys (`both`: edit and view); the old ones stop working at once. Pass the
   * current edit key when rotating the edit key alone, so the unchanged view and comment keys stay
   * recoverable by editors.
   */
  rotate(id: string, which: RotateWhich, currentEditKey?: string): { editKey?: string; viewKey?: string; commentKey?: string } {
    const now = new Date().toISOString();
    const out: { editKey?: string; viewKey?: string; commentKey?: string } = {};
    this.db.transaction(() => {
      const rotatesEdit = which === 'edit' || which === 'both';
      const rotatesView = which === 'view' || which === 'both';
      const keptViewKey = !rotatesView && currentEditKey ? this.viewKeyFor(id, currentEditKey) : null;
      const keptCommentKey = which !== 'comment' && currentEditKey ? this.commentKeyFor(id, currentEditKey) : null;
      const keptEditKey = rotatesEdit ? undefined : currentEditKey;
      if (rotatesEdit) {
        out.editKey = newKey();
        this.stmts.setEdit.run(hashKey(out.editKey), now, id);
      }
      if (rotatesView) {
        out.viewKey = newKey();
        this.stmts.setView.run(hashKey(out.viewKey), now, id);
      }
      const editKey = out.editKey ?? keptEditKey;
      if (which === 'comment') {
        out.commentKey = newKey();
        this.stmts.setComment.run(hashKey(out.commentKey), editKey ? sealViewKey(out.commentKey, editKey, 'comment key') : null, now, id);
      } else if (rotatesEdit) {
        this.stmts.setCommentSealed.run(editKey && keptCommentKey ? sealViewKey(keptCommentKey, editKey, 'comment key') : null, id);
      }
      if (which !== 'comment') {
        const viewKey = out.viewKey ?? keptViewKey;
        this.stmts.setSealed.run(editKey && viewKey ? sealViewKey(viewKey, editKey) : null, id);
      }
      // Follow keys stay valid; editors can print them again only if they were sealed anew.
      if (out.editKey && currentEditKey) this.followKeys.reseal(id, currentEditKey, out.editKey);
    })();
    return out;
  }
}

function publicPart(row: WorkspaceRow): Workspace {
  return { id: row.id, name: row.name, createdAt: row.createdAt, keysRotatedAt: row.keysRotatedAt };
}
