import * as Y from 'yjs';

/**
 * Folds many stored updates into one state update.
 * Applying them to one doc inside a single transaction is linear in their number,
 * where `Y.mergeUpdates` over a long list is not (a doc left as 100 000 updates after a crash).
 */
export function mergeStoredUpdates(updates: Uint8Array[]): Uint8Array | null {
  if (updates.length === 0) return null;
  if (updates.length === 1) return updates[0]!;
  const doc = new Y.Doc({ gc: true });
  Y.transact(doc, () => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
