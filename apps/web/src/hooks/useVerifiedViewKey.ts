import { useQuery } from '@tanstack/react-query';
import { getWorkspace } from '../api/apiClient.ts';
import { queryKeys } from '../api/queryKeys.ts';

/**
 * The view key remembered on this device, once the server confirms it still works (someone may
 * have rotated the keys since). Null while unknown or when it no longer works.
 */
export function useVerifiedViewKey(workspaceId: string, viewKey: string | undefined): string | null {
  const info = useQuery({
    queryKey: queryKeys.info(workspaceId, viewKey ?? ''),
    queryFn: ({ signal }) => getWorkspace(workspaceId, viewKey ?? '', signal),
    enabled: Boolean(viewKey),
  });
  return viewKey && info.status === 'success' && info.data.role === 'view' ? viewKey : null;
}
