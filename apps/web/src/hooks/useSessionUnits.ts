import type { SessionItem, Unit, VersionMeta } from '@minga/schema';
import { useQueries, useQueryClient, type QueryObserverResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { getUnit, getVersion, listVersions } from '../api/unitApi.ts';
import { keepOffline, readOffline } from '../components/composer/offlineUnits.ts';
import { decodeVersion } from '../lib/decodeVersion.ts';

/**
 * Where a fetched value stands. `missing`: the server says it does not exist (a deleted unit, a
 * version that is gone) or it cannot be read; `error`: no answer (offline), try again later.
 * A refresh keeps the value shown until the new one arrives.
 */
export type Loadable<T> =
  | { status: 'loading' }
  /** `offline`: the copy this device kept from an earlier visit, shown while the server cannot be reached. */
  | { status: 'ok'; value: T; offline?: true }
  | { status: 'missing' }
  | { status: 'error' };

/** A unit item's unit: as the item uses it (live or at its pinned version), as it is now, and its versions. */
export interface ItemUnit {
  used: Loadable<Unit>;
  live: Loadable<Unit>;
  versions: Loadable<VersionMeta[]>;
}

export interface SessionUnits {
  /** By item id, for unit items. */
  byItem: Map<string, ItemUnit>;
  /** By unit id, as computeSessionTiming and computeObjectiveCoverage take them (undefined: gone or not loaded). */
  lookup: Map<string, Unit | undefined>;
  /** Asks the server again for a unit as it is now and its versions (all the session's units without `unitId`). */
  refresh(unitId?: string): void;
}

const pinOf = (item: SessionItem) => (item.kind === 'unit' && item.mode === 'pinned' && item.pinnedVersion ? item.pinnedVersion : null);

/** 404, an answer that is not a unit, or a version whose state does not decode: gone for good. */
const isGone = (error: unknown) => !(error instanceof ApiError) || error.status === 404 || error.code === 'bad_response';

/** What the composer reads of each query: kept as long as it does not change (useQueries' `combine` is memoized). */
type Settled<T> = Pick<QueryObserverResult<T>, 'data' | 'error' | 'status'>;
function settled<T>(results: QueryObserverResult<T>[]): Settled<T>[] {
  return results.map(({ data, error, status }) => ({ data, error, status }));
}

/** A query's answer as the composer shows it; offline, this device's copy (`offlineCopy`) stands in. */
function loadable<T>(query: Settled<T>, offlineCopy: () => T | null = () => null): Loadable<T> {
  if (query.status === 'error' && isGone(query.error)) return { status: 'missing' };
  // Offline after an answer: what was shown stays.
  if (query.data !== undefined) return { status: 'ok', value: query.data };
  if (query.status === 'error') {
    const kept = offlineCopy();
    return kept ? { status: 'ok', value: kept, offline: true } : { status: 'error' };
  }
  return { status: 'loading' };
}

/**
 * The units a session's items name, through the app's query cache: each unit as it is now, its
 * versions, and the unit at each pinned version (read from the version's Yjs state in a
 * throwaway doc), fetched once each and shared by every item that names them; asked again when
 * the page comes back into view (someone may have changed a unit meanwhile) and on `refresh`.
 */
export function useSessionUnits(workspaceId: string, key: string, items: readonly SessionItem[]): SessionUnits {
  const queryClient = useQueryClient();
  const unitIds = useMemo(() => [...new Set(items.flatMap((item) => (item.kind === 'unit' ? [item.unitId] : [])))], [items]);
  const pins = useMemo(() => {
    const seen = new Map<string, { unitId: string; versionId: string }>();
    for (const item of items) {
      const pin = pinOf(item);
      if (item.kind === 'unit' && pin) seen.set(`${item.unitId}:${pin}`, { unitId: item.unitId, versionId: pin });
    }
    return [...seen.values()];
  }, [items]);

  const live = useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: queryKeys.unit(workspaceId, unitId, key),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const unit = await getUnit(workspaceId, key, unitId, signal);
        keepOffline(workspaceId, `live:${unitId}`, unit);
        return unit;
      },
    })),
    combine: settled<Unit>,
  });
  const versions = useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: queryKeys.versionList(workspaceId, unitId, key),
      queryFn: ({ signal }: { signal: AbortSignal }) => listVersions(workspaceId, key, unitId, signal),
    })),
    combine: settled<VersionMeta[]>,
  });
  const pinned = useQueries({
    queries: pins.map(({ unitId, versionId }) => ({
      // A version id is a number; anything else cannot be fetched, so it reads as missing.
      queryKey: queryKeys.version(workspaceId, unitId, Number(versionId), key),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        if (!Number.isInteger(Number(versionId))) throw new ApiError('not_found', 'not a version id', 404);
        const unit = decodeVersion((await getVersion(workspaceId, key, unitId, Number(versionId), signal)).state, unitId);
        keepOffline(workspaceId, `version:${unitId}:${versionId}`, unit);
        return unit;
      },
      // A saved version never changes.
      staleTime: Infinity,
    })),
    combine: settled<Unit>,
  });

  const refresh = useCallback(
    (unitId?: string) => {
      for (const id of unitId === undefined ? unitIds : [unitId]) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.unit(workspaceId, id, key) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.versionList(workspaceId, id, key) });
      }
    },
    [queryClient, unitIds, workspaceId, key],
  );

  return useMemo(() => {
    const liveOf = new Map(unitIds.map((id, i) => [id, loadable(live[i]!, () => readOffline(workspaceId, `live:${id}`))]));
    const versionsOf = new Map(unitIds.map((id, i) => [id, loadable(versions[i]!)]));
    const pinnedOf = new Map(pins.map(({ unitId, versionId }, i) => [`${unitId}:${versionId}`, loadable(pinned[i]!, () => readOffline(workspaceId, `version:${unitId}:${versionId}`))]));
    const byItem = new Map<string, ItemUnit>();
    const lookup = new Map<string, Unit | undefined>();
    for (const item of items) {
      if (item.kind !== 'unit') continue;
      const liveUnit = liveOf.get(item.unitId) ?? { status: 'loading' };
      const pin = pinOf(item);
      // A deleted unit is gone even where a version of it was pinned, as on the server.
      const used = liveUnit.status === 'missing' || !pin ? liveUnit : pinnedOf.get(`${item.unitId}:${pin}`) ?? { status: 'loading' };
      byItem.set(item.id, { used, live: liveUnit, versions: versionsOf.get(item.unitId) ?? { status: 'loading' } });
      // The first item naming a unit decides, as the server's timing does.
      if (!lookup.has(item.unitId)) lookup.set(item.unitId, used.status === 'ok' ? used.value : undefined);
    }
    return { byItem, lookup, refresh };
  }, [items, unitIds, pins, live, versions, pinned, workspaceId, refresh]);
}
