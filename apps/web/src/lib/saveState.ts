import type { SyncState } from './SyncSession.ts';

/** Where this person's changes stand: only on this device, on their way, or on the server's disk. */
export type SaveState = 'offline' | 'syncing' | 'saved';

/** The save state a sync state means; null when the server refused the connection. */
export function saveState(state: SyncState): SaveState | null {
  switch (state.status) {
    case 'refused':
      return null;
    case 'connected':
      return state.unsaved ? 'syncing' : 'saved';
    case 'connecting':
      return 'syncing';
    default:
      return 'offline';
  }
}
