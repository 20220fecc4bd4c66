import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { listVersions } from '../api/unitApi.ts';

/** The saved versions of a document, newest first; saving one invalidates them (`queryKeys.versions`). */
export function useVersions(workspaceId: string, key: string, docId: string) {
  return useQuery({
    queryKey: queryKeys.versionList(workspaceId, docId, key),
    queryFn: ({ signal }) => listVersions(workspaceId, key, docId, signal),
  });
}
