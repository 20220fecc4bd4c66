import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { listUnits } from '../api/unitApi.ts';

/**
 * The units of a workspace, most recently changed first. Asked again when the page comes back
 * into view (someone may have written a unit meanwhile) and when a unit is created, deleted or
 * restored (those mutations invalidate `queryKeys.units`).
 */
export function useUnitLibrary(workspaceId: string, key: string) {
  return useQuery({
    queryKey: queryKeys.unitList(workspaceId, key),
    queryFn: ({ signal }) => listUnits(workspaceId, key, signal),
  });
}
