import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { getUnit } from '../api/unitApi.ts';
import { getSession } from '../components/composer/sessionApi.ts';

/** Whether a unit or session page may open: `missing` when the server says no such doc (or it is in the bin). */
export type DocCheck = 'checking' | 'ok' | 'missing';

const FETCHERS = { unit: getUnit, session: getSession };

/**
 * Asks the server whether the unit or session exists before its doc is opened, so a mistyped link
 * does not start a stray document. Unreachable server: the doc opens from this device's copy (at
 * once, no retry). Asked once per visit: an open editor learns of a deletion from its socket.
 */
export function useDocCheck(kind: 'unit' | 'session', workspaceId: string, key: string, docId: string): DocCheck {
  const check = useQuery({
    queryKey: queryKeys.docExists(workspaceId, kind, docId, key),
    queryFn: ({ signal }): Promise<DocCheck> =>
      FETCHERS[kind](workspaceId, key, docId, signal).then(
        () => 'ok',
        (error: unknown) => (error instanceof ApiError && error.status === 404 ? 'missing' : 'ok'),
      ),
    refetchOnWindowFocus: false,
  });
  return check.data ?? 'checking';
}
