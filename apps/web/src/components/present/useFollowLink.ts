import type { Role } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
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
  const [loaded, setLoaded] = useState<{ for: string; link?: string; error?: unknown } | null>(null);
  const request = `${workspaceId}\n${sessionId}\n${accessKey}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getFollowLink(workspaceId, accessKey, sessionId, { signal: abort.signal }).then(
      ({ followUrl }) => setLoaded({ for: request, link: followUrl }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ for: request, error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, sessionId, accessKey, role, request]);

  const rotate = useCallback(async () => {
    const { followUrl } = await getFollowLink(workspaceId, accessKey, sessionId, { rotate: true });
    setLoaded({ for: request, link: followUrl });
  }, [workspaceId, accessKey, sessionId, request]);

  if (role !== 'edit') return { follow: { status: 'editorsOnly' }, rotate };
  if (loaded?.for !== request) return { follow: { status: 'loading' }, rotate };
  if (loaded.link === undefined) return { follow: { status: 'failed', error: loaded.error }, rotate };
  return { follow: { status: 'ready', link: loaded.link }, rotate };
}
