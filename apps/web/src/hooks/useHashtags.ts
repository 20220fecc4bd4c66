import { sortedIds, unitHashtags } from '@minga/doc-model';
import { normaliseHashtag } from '@minga/schema';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

/** The unit's hashtags in order, live. */
export function useHashtags(doc: Y.Doc): string[] {
  const map = unitHashtags(doc);
  const types = useMemo(() => [map as Y.AbstractType<unknown>], [map]);
  const read = useCallback(
    () => sortedIds(map as Y.Map<unknown>).filter((tag) => tag !== '' && normaliseHashtag(tag) === tag),
    [map],
  );
  return useDocSnapshot(types, read);
}
