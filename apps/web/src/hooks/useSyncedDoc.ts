import { presenceDocId } from '@minga/schema';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { VersionedDocKind } from '@minga/doc-model';
import { SyncSession, type SyncState } from '../lib/SyncSession.ts';

export interface SyncedDoc {
  session: SyncSession;
  state: SyncState;
}

/**
 * A Yjs document of a workspace, synced with the server through y-websocket and kept in
 * IndexedDB so it opens and takes edits offline. A new key means a new session.
 */
export function useSyncedDoc(workspaceId: string, docId: string, key: string, kind?: VersionedDocKind): SyncedDoc {
  const session = useMemo(() => new SyncSession({ workspaceId, docId, key, ...(kind ? { kind } : {}) }), [workspaceId, docId, key, kind]);
  return useStartedSession(session);
}

/**
 * The presence doc of a presented deck (`<docId>/presence`): awareness only, where the presenter
 * publishes the slide and phones read it. Nothing is kept in IndexedDB: it holds no content.
 */
export function usePresenceDoc(workspaceId: string, docId: string, key: string): SyncedDoc {
  const session = useMemo(() => new SyncSession({ workspaceId, docId: presenceDocId(docId), key, keepLocal: false }), [workspaceId, docId, key]);
  return useStartedSession(session);
}

/** Opens a session while the component is mounted, and follows its state. */
function useStartedSession(session: SyncSession): SyncedDoc {
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
