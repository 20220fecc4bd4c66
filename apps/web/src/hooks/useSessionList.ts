import type { SessionSummary } from '@minga/schema';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { listSessions } from '../components/composer/sessionApi.ts';

/**
 * The sessions of a workspace, latest date first; asked again when the page comes back into view
 * and when a session is created, duplicated, deleted or restored (`queryKeys.sessions`).
 */
export function useSessionList(workspaceId: string, key: string) {
  return useQuery({
    queryKey: queryKeys.sessionList(workspaceId, key),
    queryFn: ({ signal }) => listSessions(workspaceId, key, signal),
    select: sortSessions,
  });
}

/** Dated sessions latest date first (the coming events on top), then undated ones, most recently changed first. */
function sortSessions(sessions: SessionSummary[]): SessionSummary[] {
  return [...sessions].sort((a, b) => {
    if (a.date && b.date) return b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt);
    if (a.date || b.date) return a.date ? -1 : 1;
    return b.updatedAt.localeCompare(a.updatedAt);
  });
}
