import { unitList, unitTotalMinutes } from '@minga/doc-model';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

/** The total minutes of the unit's sequence, live. */
export function useTotalMinutes(doc: Y.Doc): number {
  const steps = unitList(doc, 'steps');
  const types = useMemo(() => [steps as Y.AbstractType<unknown>], [steps]);
  const read = useCallback(() => unitTotalMinutes(doc), [doc]);
  return useDocSnapshot(types, read);
}
