import type { Role, WorkspaceLinks } from '@minga/schema';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys.ts';
import { getLinks } from '../api/unitApi.ts';

interface SharedKeys {
  viewKey: string | null;
  commentKey: string | null;
}

const NONE: SharedKeys = { viewKey: null, commentKey: null };

const sharedKeys = (links: WorkspaceLinks): SharedKeys => ({ viewKey: links.viewKey, commentKey: links.commentKey });

/**
 * The workspace's view and comment keys, which the server recovers for editors (`GET /links`);
 * null while unknown, for other keys, or when they cannot be recovered. Rotating the keys
 * invalidates them (`queryKeys.links`).
 */
export function useSharedKeys(workspaceId: string, key: string, role: Role): SharedKeys {
  const links = useQuery({
    queryKey: queryKeys.linksFor(workspaceId, key),
    queryFn: ({ signal }) => getLinks(workspaceId, key, signal),
    select: sharedKeys,
    enabled: role === 'edit',
  });
  return role === 'edit' && links.status === 'success' ? links.data : NONE;
}
