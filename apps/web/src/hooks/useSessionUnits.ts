import type { SessionItem, Unit, VersionMeta } from '@minga/schema';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Loadable, UnitCache } from '../components/composer/UnitCache.ts';

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
}

const pinOf = (item: SessionItem) => (item.kind === 'unit' && item.mode === 'pinned' && item.pinnedVersion ? item.pinnedVersion : null);

/**
 * The units a session's items name, fetched through the cache, and asked again when the page
 * comes back into view (someone may have changed a unit meanwhile).
 */
export function useSessionUnits(cache: UnitCache, items: readonly SessionItem[]): SessionUnits {
  const revision = useSyncExternalStore(cache.subscribe, cache.getSnapshot);
  const wanted = JSON.stringify(items.flatMap((item) => (item.kind === 'unit' ? [[item.unitId, pinOf(item)]] : [])));

  useEffect(() => {
    const refs = JSON.parse(wanted) as [string, string | null][];
    cache.ensure(
      refs.map(([unitId]) => unitId),
      refs.flatMap(([unitId, versionId]) => (versionId ? [{ unitId, versionId }] : [])),
    );
    // `revision` too: after a refresh marks values stale, this asks for them again.
  }, [cache, wanted, revision]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') cache.refresh();
    };
    const onFocus = () => cache.refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onFocus);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onFocus);
    };
  }, [cache]);

  return useMemo(() => {
    const byItem = new Map<string, ItemUnit>();
    const lookup = new Map<string, Unit | undefined>();
    for (const item of items) {
      if (item.kind !== 'unit') continue;
      const live = cache.live(item.unitId);
      const pin = pinOf(item);
      // A deleted unit is gone even where a version of it was pinned, as on the server.
      const used = live.status === 'missing' || !pin ? live : cache.atVersion(item.unitId, pin);
      byItem.set(item.id, { used, live, versions: cache.versions(item.unitId) });
      // The first item naming a unit decides, as the server's timing does.
      if (!lookup.has(item.unitId)) lookup.set(item.unitId, used.status === 'ok' ? used.value : undefined);
    }
    return { byItem, lookup };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- revision says when the cache changed
  }, [cache, items, revision]);
}
