import type { UnitSummary } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { listUnits } from '../api/unitApi.ts';

export type LibraryResult =
  | { status: 'loading' }
  | { status: 'ready'; units: UnitSummary[]; total: number }
  | { status: 'error'; offline: boolean; error: unknown };

/**
 * The units of a workspace, most recently changed first. Asked again when the page comes back
 * into view (someone may have written a unit meanwhile), when `refreshToken` changes and on `reload`.
 */
export function useUnitLibrary(workspaceId: string, key: string, refreshToken = 0): { result: LibraryResult; reload: () => void } {
  const [result, setResult] = useState<LibraryResult>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    listUnits(workspaceId, key, abort.signal).then(
      (list) => setResult({ status: 'ready', units: list.units, total: list.total }),
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ status: 'error', offline: error instanceof ApiError && error.isNetwork, error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, generation, refreshToken]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', reload);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);

  return { result, reload };
}
