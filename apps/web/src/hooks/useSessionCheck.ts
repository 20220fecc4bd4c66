import { useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { getSession } from '../components/composer/sessionApi.ts';

/** Whether a session page may open: `missing` when the server says no such session (or it is in the bin). */
export type SessionCheck = 'checking' | 'ok' | 'missing';

/**
 * Asks the server whether the session exists before its doc is opened, so a mistyped link does
 * not start a stray document. Unreachable server: the session opens from this device's copy.
 */
export function useSessionCheck(workspaceId: string, key: string, sessionId: string): SessionCheck {
  const request = `${workspaceId}\n${key}\n${sessionId}`;
  const [loaded, setLoaded] = useState<{ request: string; check: SessionCheck } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    getSession(workspaceId, key, sessionId, abort.signal).then(
      () => setLoaded({ request, check: 'ok' }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const missing = error instanceof ApiError && error.status === 404;
        setLoaded({ request, check: missing ? 'missing' : 'ok' });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, sessionId, request]);
  return loaded?.request === request ? loaded.check : 'checking';
}
