import type { WorkspaceInfo } from '@minga/schema';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { getWorkspace } from '../api/apiClient.ts';
import { findRecentWorkspace, rememberWorkspace } from '../lib/recentWorkspaces.ts';

export type WorkspaceInfoResult =
  | { status: 'loading' }
  | { status: 'ready'; info: WorkspaceInfo; offline: boolean }
  | { status: 'error'; code: string };

type Loaded = { request: string; workspaceId: string; result: WorkspaceInfoResult };

/**
 * Asks the server who this key is in the workspace. When the server cannot be reached, a
 * workspace already opened on this device with the same key still opens, from what was remembered.
 */
export function useWorkspaceInfo(workspaceId: string, key: string | null): WorkspaceInfoResult {
  const request = `${workspaceId}\n${key ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    const settle = (result: WorkspaceInfoResult) => {
      if (!abort.signal.aborted) setLoaded({ request, workspaceId, result });
    };
    getWorkspace(workspaceId, key, abort.signal).then(
      (info) => {
        rememberWorkspace({ id: info.id, name: info.name, key, role: info.role });
        settle({ status: 'ready', info, offline: false });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const code = error instanceof ApiError ? error.code : 'unknown';
        const known = findRecentWorkspace(workspaceId);
        if (error instanceof ApiError && error.isNetwork && known && known.key === key) {
          const info: WorkspaceInfo = { id: known.id, name: known.name, role: known.role, createdAt: known.openedAt };
          settle({ status: 'ready', info, offline: true });
        } else {
          settle({ status: 'error', code });
        }
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, request]);

  if (!key) return { status: 'error', code: 'missing_key' };
  if (loaded?.request === request) return loaded.result;
  // A new key for the same workspace (after a rotation): keep the page up while it is checked.
  if (loaded?.workspaceId === workspaceId && loaded.result.status === 'ready') return loaded.result;
  return { status: 'loading' };
}
