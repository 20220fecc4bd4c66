import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { getVersion } from '../api/unitApi.ts';
import { decodeVersion } from '../lib/decodeVersion.ts';

/** One saved version of a unit, fetched and read into its JSON form (the live doc untouched); a version never changes. */
export function useVersionPreview(workspaceId: string, key: string, unitId: string, versionId: number) {
  return useQuery({
    queryKey: queryKeys.version(workspaceId, unitId, versionId, key),
    queryFn: async ({ signal }) => decodeVersion((await getVersion(workspaceId, key, unitId, versionId, signal)).state, unitId),
    staleTime: Infinity,
  });
}
