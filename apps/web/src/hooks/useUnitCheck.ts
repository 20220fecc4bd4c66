import { useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { getUnit } from '../api/unitApi.ts';

/** Whether a unit page may open: `missing` when the server says no such unit (or it is in the bin). */
export type UnitCheck = 'checking' | 'ok' | 'missing';

/**
 * Asks the server whether the unit exists before its doc is opened, so a mistyped link does
 * not start a stray document. Unreachable server: the unit opens from this device's copy.
 */
export function useUnitCheck(workspaceId: string, key: string, unitId: string): UnitCheck {
  const request = `${workspaceId}\n${key}\n${unitId}`;
  const [loaded, setLoaded] = useState<{ request: string; check: UnitCheck } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    getUnit(workspaceId, key, unitId, abort.signal).then(
      () => setLoaded({ request, check: 'ok' }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const missing = error instanceof ApiError && error.status === 404;
        setLoaded({ request, check: missing ? 'missing' : 'ok' });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, unitId, request]);
  return loaded?.request === request ? loaded.check : 'checking';
}
