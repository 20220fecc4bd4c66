import { z } from 'zod';
import { WorkspaceIdSchema } from './ids.ts';

export const WorkspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters');

/** Body of `POST /api/workspaces`. */
export const CreateWorkspaceBodySchema = z.strictObject({ name: WorkspaceNameSchema });
export type CreateWorkspaceBody = z.infer<typeof CreateWorkspaceBodySchema>;

/** What a key lets you do in its workspace: edit everything, comment (read, and write comment threads only), or read. */
export const RoleSchema = z.enum(['edit', 'comment', 'view']);
export type Role = z.infer<typeof RoleSchema>;

/** A freshly created workspace, or one whose keys were just rotated: the only time keys are shown. */
export const WorkspaceWithKeysSchema = z.object({
  id: WorkspaceIdSchema,
  name: z.string(),
  editKey: z.string(),
  viewKey: z.string(),
  /** Reads what the view key reads and writes comment threads (and proposals), nothing else. */
  commentKey: z.string(),
  url: z.string(),
});
export type WorkspaceWithKeys = z.infer<typeof WorkspaceWithKeysSchema>;

/** `GET /api/w/<id>`: what a key holder learns about the workspace. */
export const WorkspaceInfoSchema = z.object({
  id: WorkspaceIdSchema,
  name: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

/** Which keys a rotation replaces: `both` is the edit and the view key (the comment key is rotated on its own). */
export const RotateWhichSchema = z.enum(['edit', 'view', 'comment', 'both']);
export type RotateWhich = z.infer<typeof RotateWhichSchema>;

/** Body of `POST /api/w/<id>/keys/rotate`: which keys to replace (both by default). */
export const RotateKeysBodySchema = z.strictObject({
  which: RotateWhichSchema.default('both'),
});
export type RotateKeysBody = z.infer<typeof RotateKeysBodySchema>;

/** Answer of a key rotation: only the keys that were replaced. */
export const RotatedKeysSchema = z.object({
  id: WorkspaceIdSchema,
  name: z.string(),
  editKey: z.string().optional(),
  viewKey: z.string().optional(),
  commentKey: z.string().optional(),
  url: z.string().optional(),
});
export type RotatedKeys = z.infer<typeof RotatedKeysSchema>;

/** `GET /api/w/<id>/links` (edit key): the links to share; `viewUrl` is null when the view key cannot be recovered. */
export const WorkspaceLinksSchema = z.object({
  editUrl: z.string(),
  viewKey: z.string().nullable(),
  viewUrl: z.string().nullable(),
  /** The comment link: read everything, comment and propose, never edit; null when unrecoverable (edit key rotated from the CLI). */
  commentKey: z.string().nullable(),
  commentUrl: z.string().nullable(),
  /** Where other machines reach this server: MINGA_PUBLIC_URL, or the local network address when the request came in on localhost. */
  roomOrigin: z.string(),
});
export type WorkspaceLinks = z.infer<typeof WorkspaceLinksSchema>;

/**
 * Follow keys start with this, so a page can tell one from a workspace key without asking the
 * server (a workspace key is base64url, which has no dot).
 */
export const FOLLOW_KEY_PREFIX = 'follow.';

/** True when a key is a session's follow key (it opens that session's deck and nothing else). */
export function isFollowKey(key: string): boolean {
  return key.startsWith(FOLLOW_KEY_PREFIX);
}

/** `GET|POST /api/w/<ws>/sessions/<id>/follow` (edit key): the session's follow key and link. */
export const FollowLinkSchema = z.object({
  followKey: z.string(),
  followUrl: z.string(),
});
export type FollowLink = z.infer<typeof FollowLinkSchema>;

/**
 * The presence doc of a presented session (or unit): `<docId>/presence`, synced at
 * `/sync/<ws>/<docId>/presence`. It holds no content, only awareness: the presenter's position
 * and the deck's revision. It is the only doc a follow key opens, so a phone never receives the
 * session doc (its notes, its facilitators' remarks). The slash keeps it apart from every doc id.
 */
export function presenceDocId(docId: string): string {
  return `${docId}/presence`;
}

/** True for a presence doc's name (see presenceDocId): the server stores nothing there. */
export function isPresenceDocId(docId: string): boolean {
  return docId.endsWith('/presence');
}

/** `GET /api/w/<ws>/sessions/<id>/deck?lang=`: the deck the room sees, as the projector shows it. */
export const FollowDeckQuerySchema = z.object({ lang: z.enum(['fr', 'en']).default('fr') });
