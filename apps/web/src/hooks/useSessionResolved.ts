import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { getResolvedSession } from '../components/composer/sessionApi.ts';

/**
 * A session with its units as it uses them (live or at their pinned version), from the server.
 * `items` names the unit items of the session open beside it (the presenter's, the session
 * page's): when they change, the units are asked again, and the last answer stays meanwhile.
 */
export function useSessionResolved(workspaceId: string, key: string, sessionId: string, options: { items?: string; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.resolvedSession(workspaceId, sessionId, key, options.items ?? null),
    queryFn: ({ signal }) => getResolvedSession(workspaceId, key, sessionId, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
