import * as Y from 'yjs';

/**
 * Test helpers: peers that exchange Yjs updates by hand, as two browsers would through the
 * sync server, so tests decide exactly when each one sees the other's changes.
 */

/** A copy of `doc` with its own client id: another person who opened the same unit. */
export function forkPeer(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** Sends each peer what the others have and it lacks, until all have everything. */
export function syncPeers(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}
