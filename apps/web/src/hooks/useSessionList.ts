import type { SessionSummary } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { listSessions } from '../components/composer/sessionApi.ts';

export type SessionListResult =
  | { status: 'loading' }
  | { status: 'ready'; sessions: SessionSummary[] }
  | { status: 'error'; offline: boolean; error: unknown };

/** The sessions of a workspace, latest date first; asked again when the page comes back into view, when `refreshToken` changes and on `reload`. */
export function useSessionList(workspaceId: string, key: string, refreshToken = 0): { result: SessionListResult; reload: () => void } {
  const [result, setResult] = useState<SessionListResult>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    listSessions(workspaceId, key, abort.signal).then(
      (sessions) => setResult({ status: 'ready', sessions: sortSessions(sessions) }),
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
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return { result, reload };
}

/** Dated sessions latest date first (the coming events on top), then undated ones, most recently changed first. */
function sortSessions(sessions: SessionSummary[]): SessionSummary[] {
  return [...sessions].sort((a, b) => {
    if (a.date && b.date) return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
    if (a.date || b.date) return a.date ? -1 : 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}
