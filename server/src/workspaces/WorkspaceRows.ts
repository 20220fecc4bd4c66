/*
 * Why an interface per repository with one SQLite and one Postgres implementation, rather than
 * one Kysely repository for both: the embedded mode must keep its prepared statements, its
 * synchronous transactions and its writer thread exactly as they are (a query builder's SQLite
 * dialect would put every read behind an async mutex and could not feed the writer thread), and
 * the engines differ where it matters (FTS5 against tsvector, AUTOINCREMENT against identity
 * columns, row locks). What the two must share is behaviour, and the shared suites
 * (server/test/storage/*Suite.ts, run on both engines) hold them to it. The logic above the rows
 * (hashing, sealing, checking keys) is written once, in WorkspaceRepo.
 */

/** A workspace as stored: digests and sealed secrets, never a key in clear. */
export interface WorkspaceRow {
  id: string;
  name: string;
  createdAt: string;
  keysRotatedAt: string | null;
  editKeyHash: Buffer;
  viewKeyHash: Buffer;
  viewKeySealed: Buffer | null;
  /** Null for a workspace made before comment keys, until an editor first asks for its links. */
  commentKeyHash: Buffer | null;
  commentKeySealed: Buffer | null;
}

export interface FollowKeyRow {
  sessionId: string;
  keySealed: Buffer | null;
}

/** What a key rotation writes, computed from the rows it read. */
export interface KeyRotationPlan {
  editKeyHash?: Buffer;
  viewKeyHash?: Buffer;
  commentKeyHash?: Buffer;
  /** Undefined: the seal stays as it is. */
  viewKeySealed: Buffer | null | undefined;
  commentKeySealed: Buffer | null | undefined;
  /** Follow keys sealed anew (under a new edit key). */
  followKeys: FollowKeyRow[];
  at: string;
}

/** The stored rows of workspaces and follow keys, on one engine. */
export interface WorkspaceRows {
  insert(row: WorkspaceRow): Promise<void>;
  get(id: string): Promise<WorkspaceRow | null>;
  list(): Promise<WorkspaceRow[]>;
  /** Workspaces whose keys changed after `since` (ISO time). */
  rotatedSince(since: string): Promise<{ id: string; at: string }[]>;
  /**
   * Reads the workspace and its follow keys and writes what `plan` makes of them, atomically (no
   * other rotation of that workspace in between). Nothing is written when the workspace is gone.
   */
  rotate(id: string, plan: (row: WorkspaceRow, followKeys: FollowKeyRow[]) => KeyRotationPlan): Promise<void>;
  /** Gives a workspace its first comment key; false when it already had one (another request won). */
  setFirstCommentKey(id: string, keyHash: Buffer, keySealed: Buffer): Promise<boolean>;
  /** The session a follow key's digest opens in a workspace. */
  followSessionByHash(workspaceId: string, keyHash: Buffer): Promise<string | null>;
  followKey(workspaceId: string, sessionId: string): Promise<FollowKeyRow | null>;
  /** The digests of all follow keys of a workspace. */
  followKeyHashes(workspaceId: string): Promise<Buffer[]>;
  /** Replaces a session's follow key and moves the workspace's rotation time, atomically. */
  setFollowKey(workspaceId: string, sessionId: string, keyHash: Buffer, keySealed: Buffer | null, at: string): Promise<void>;
}
