import { useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { getUnit } from '../api/unitApi.ts';
import { getSession } from '../components/composer/sessionApi.ts';

/** Whether a unit or session page may open: `missing` when the server says no such doc (or it is in the bin). */
export type DocCheck = 'checking' | 'ok' | 'missing';

const FETCHERS = { unit: getUnit, session: getSession };

/**
 * Asks the server whether the unit or session exists before its doc is opened, so a mistyped link
 * does not start a stray document. Unreachable server: the doc opens from this device's copy.
 */
export function useDocCheck(kind: 'unit' | 'session', workspaceId: string, key: string, docId: string): DocCheck {
  const request = `${kind}\n${workspaceId}\n${key}\n${docId}`;
  const [loaded, setLoaded] = useState<{ request: string; check: DocCheck } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    FETCHERS[kind](workspaceId, key, docId, abort.signal).then(
      () => setLoaded({ request, check: 'ok' }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const missing = error instanceof ApiError && error.status === 404;
        setLoaded({ request, check: missing ? 'missing' : 'ok' });
      },
    );
    return () => abort.abort();
  }, [kind, workspaceId, key, docId, request]);
  return loaded?.request === request ? loaded.check : 'checking';
}
