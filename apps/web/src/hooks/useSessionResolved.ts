import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { getResolvedSession, type ResolvedSession } from '../components/composer/sessionApi.ts';

export type ResolvedResult =
  | { status: 'loading' }
  | { status: 'ready'; resolved: ResolvedSession }
  | { status: 'error'; missing: boolean; offline: boolean; error: unknown };

/** A session with its units as it uses them, from the server; `reload` asks again. */
export function useSessionResolved(workspaceId: string, key: string, sessionId: string): { result: ResolvedResult; reload: () => void } {
  const [result, setResult] = useState<ResolvedResult>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    getResolvedSession(workspaceId, key, sessionId, abort.signal).then(
      (resolved) => setResult({ status: 'ready', resolved }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const api = error instanceof ApiError ? error : null;
        setResult({ status: 'error', missing: api?.status === 404, offline: api?.isNetwork ?? false, error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, sessionId, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { result, reload };
}
