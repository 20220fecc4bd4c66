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
 */
export interface DocStore {
  /** Loads a document; may run off the main thread, so large docs never stall other rooms. */
  load(ref: DocRef): Promise<LoadedDoc>;
  /** Appends one update and returns its sequence number, once it is on disk: the caller relays it only after. */
  append(ref: DocRef, update: Uint8Array): number;
  /**
   * Replaces stored updates with one snapshot that includes them: those up to `baseSeq` (what was
   * loaded) and those listed in `ownSeqs` (appended since by this process). Updates another
   * process stored meanwhile are kept, so nothing is ever lost. Returns the snapshot's sequence number.
   */
  compact(ref: DocRef, snapshot: Uint8Array, covered: { baseSeq: number; ownSeqs: number[] }): number;
  /** Number of updates stored for the doc since its last compaction. */
  countUpdates(ref: DocRef): number;
  /** Ids of the documents stored in a workspace. */
  listDocs(workspaceId: string): { docId: string; createdAt: string; updatedAt: string }[];
  close(): Promise<void>;
}
