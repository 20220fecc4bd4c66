import { ITEM_CODECS, sortedIds, unitList, type ItemCodec, type UnitItems, type UnitListName } from '@minga/doc-model';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

/**
 * The items of a list of a unit, in order, as `pick` shapes them. Pick only the plain values a
 * row shows (kind, minutes, done…): text fields are bound to their Y.Text directly, so typing in
 * them does not re-render the list. `pick` must be stable (a module-level function).
 */
export function useUnitList<L extends UnitListName, T>(
  doc: Y.Doc,
  list: L,
  pick: (item: UnitItems[L], id: string) => T,
): T[] {
  const map = unitList(doc, list);
  const types = useMemo(() => [map as Y.AbstractType<unknown>], [map]);
  const read = useCallback(() => {
    const codec = ITEM_CODECS[list] as ItemCodec<UnitItems[L]>;
    const items: T[] = [];
    for (const id of sortedIds(map as Y.Map<unknown>)) {
      const entry = map.get(id);
      const item = entry ? codec.read(entry, id) : null;
      if (item) items.push(pick(item, id));
    }
    return items;
  }, [map, list, pick]);
  return useDocSnapshot(types, read);
}
