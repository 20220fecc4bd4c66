import type { Role } from '@minga/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { getFollowLink } from './presentApi.ts';

export type FollowLinkState =
  | { status: 'loading' }
  | { status: 'ready'; link: string }
  /** Only an editor can give the room a follow link (the view key opens the whole workspace). */
  | { status: 'editorsOnly' }
  | { status: 'failed'; error: unknown };

/**
 * The link people in the room open to follow a session: made from the session's follow key, which
 * opens that session's deck and nothing else, on the address phones can reach. `rotate` replaces
 * it: the link shown before stops working.
 */
export function useFollowLink(workspaceId: string, sessionId: string, accessKey: string, role: Role): { follow: FollowLinkState; rotate: () => Promise<void> } {
  const queryClient = useQueryClient();
  const linkKey = queryKeys.followLink(workspaceId, sessionId, accessKey);
  const link = useQuery({
    queryKey: linkKey,
    queryFn: ({ signal }) => getFollowLink(workspaceId, accessKey, sessionId, { signal }),
    enabled: role === 'edit',
  });
  const rotation = useMutation({
    mutationFn: () => getFollowLink(workspaceId, accessKey, sessionId, { rotate: true }),
    // The new link is the answer: every place showing the link shows it.
    onSuccess: (rotated) => queryClient.setQueryData(linkKey, rotated),
  });
  const { mutateAsync } = rotation;
  const rotate = useCallback(async () => {
    await mutateAsync();
  }, [mutateAsync]);

  if (role !== 'edit') return { follow: { status: 'editorsOnly' }, rotate };
  if (link.status === 'pending') return { follow: { status: 'loading' }, rotate };
  if (link.status === 'error') return { follow: { status: 'failed', error: link.error }, rotate };
  return { follow: { status: 'ready', link: link.data.followUrl }, rotate };
}
