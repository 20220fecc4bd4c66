import type { WorkspaceInfo } from '@minga/schema';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiErrorCode } from '../api/errorMessage.ts';
import { getWorkspace } from '../api/apiClient.ts';
import { isOffline } from '../api/ApiError.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { shouldRetry } from '../api/queryClient.ts';
import { findRecentWorkspace, rememberWorkspace } from '../lib/recentWorkspaces.ts';

export type WorkspaceInfoResult =
  | { status: 'loading' }
  | { status: 'ready'; info: WorkspaceInfo; offline: boolean }
  | { status: 'error'; code: string };

/**
 * Asks the server who this key is in the workspace. When the server cannot be reached, a
 * workspace already opened on this device with the same key still opens, from what was remembered.
 */
export function useWorkspaceInfo(workspaceId: string, key: string | null): WorkspaceInfoResult {
  const known = findRecentWorkspace(workspaceId);
  const remembered = known && key && known.key === key ? known : null;
  const query = useQuery({
    queryKey: queryKeys.info(workspaceId, key ?? ''),
    queryFn: ({ signal }) => getWorkspace(workspaceId, key ?? '', signal),
    enabled: Boolean(key),
    // A new key for the same workspace (after a rotation): keep the page up while it is checked.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === workspaceId ? previous : undefined),
    // Remembered here: offline, the page opens at once from this device's memory.
    retry: (failures, error) => !(remembered && isOffline(error)) && shouldRetry(failures, error),
    // Checked once per visit: a rotation elsewhere reaches the page through its socket.
    refetchOnWindowFocus: false,
  });
  const info = query.data;
  useEffect(() => {
    if (info && key && !query.isPlaceholderData) rememberWorkspace({ id: info.id, name: info.name, key, role: info.role });
  }, [info, key, query.isPlaceholderData]);

  if (!key) return { status: 'error', code: 'missing_key' };
  if (info) return { status: 'ready', info, offline: false };
  if (query.status === 'error') {
    if (remembered && isOffline(query.error)) {
      return { status: 'ready', info: { id: remembered.id, name: remembered.name, role: remembered.role, createdAt: remembered.openedAt }, offline: true };
    }
    return { status: 'error', code: apiErrorCode(query.error) };
  }
  return { status: 'loading' };
}
