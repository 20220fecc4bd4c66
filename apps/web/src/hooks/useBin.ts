import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { listBin, type BinItem } from '../api/unitApi.ts';

/** The kinds of document the bin can give back. */
const RESTORABLE = new Set(['unit', 'session']);

const restorable = (items: BinItem[]) => items.filter((item) => RESTORABLE.has(item.kind));

/**
 * The workspace's bin (units and sessions), fetched while `open` (the panel is unfolded), and
 * again when something goes to the bin or comes back (`queryKeys.bin`).
 */
export function useBin(workspaceId: string, key: string, open: boolean) {
  return useQuery({
    queryKey: queryKeys.binList(workspaceId, key),
    queryFn: ({ signal }) => listBin(workspaceId, key, signal),
    select: restorable,
    enabled: open,
  });
}
