/** Where a document lives: its workspace and its id inside it. */
export interface DocRef {
  workspaceId: string;
  docId: string;
}

/** A document's stored state, ready to apply with `Y.applyUpdate`. */
export interface LoadedDoc {
  /** The whole state as one update, or null for a doc never written. */
  state: Uint8Array | null;
  /** How many stored updates it was built from (1 after a compaction). */
  updateCount: number;
  /** The sequence number of the newest stored update it includes (0 when none). */
  lastSeq: number;
}

/**
 * Durable storage of Yjs documents, the only thing the sync code knows of the disk.
 * Another engine (Postgres, files…) implements this and nothing else changes.
 * Every call returns a promise: the event loop never waits on the disk. Writes of one doc
 * resolve in the order they were made.
 */
export interface DocStore {
  /** Loads a document; may run off the main thread, so large docs never stall other rooms. */
  load(ref: DocRef): Promise<LoadedDoc>;
  /** Appends one update; resolves with its sequence number once it is on disk: the caller relays it only after. */
  append(ref: DocRef, update: Uint8Array): Promise<number>;
  /**
   * Replaces stored updates with one snapshot that includes them: those up to `baseSeq` (what was
   * loaded) and those listed in `ownSeqs` (appended since by this process). Updates another
   * process stored meanwhile are kept, so nothing is ever lost. Resolves with the snapshot's sequence
   * number. The snapshot's bytes may be moved to another thread: do not use them after.
   */
  compact(ref: DocRef, snapshot: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): Promise<number>;
  /** Number of updates stored for the doc since its last compaction. */
  countUpdates(ref: DocRef): Promise<number>;
  /** Ids of the documents stored in a workspace. */
  listDocs(workspaceId: string): Promise<{ docId: string; createdAt: string; updatedAt: string }[]>;
  /** Accepted writes not on disk yet, across all docs (for /healthz). */
  readonly writeDepth: number;
  close(): Promise<void>;
}
