import type { Role } from '@minga/schema';
import { useEffect, useState } from 'react';
import { getFollowParts } from './presentApi.ts';
import { followLink } from './presentPaths.ts';

export type FollowLinkState =
  | { status: 'loading' }
  | { status: 'ready'; link: string }
  /** The server no longer holds the view key in a form it can give back: rotate the keys. */
  | { status: 'unknown' }
  | { status: 'failed'; error: unknown };

/**
 * The link people in the room open to follow a session: made from the view key, which the server
 * gives editors back with the address phones can reach (someone holding the view key shares the
 * link they opened).
 */
export function useFollowLink(workspaceId: string, sessionId: string, accessKey: string, role: Role): FollowLinkState {
  const [loaded, setLoaded] = useState<{ for: string; viewKey: string | null; roomOrigin?: string; error?: unknown } | null>(null);
  const request = `${workspaceId}\n${accessKey}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getFollowParts(workspaceId, accessKey, abort.signal).then(
      ({ viewKey, roomOrigin }) => setLoaded({ for: request, viewKey, roomOrigin }),
      (error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ for: request, viewKey: null, error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, accessKey, role, request]);

  if (role === 'view') return { status: 'ready', link: followLink(workspaceId, sessionId, accessKey) };
  if (loaded?.for !== request) return { status: 'loading' };
  if (loaded.error !== undefined) return { status: 'failed', error: loaded.error };
  if (loaded.viewKey === null) return { status: 'unknown' };
  // On the origin phones can reach, even when this page was opened as localhost.
  return { status: 'ready', link: followLink(workspaceId, sessionId, loaded.viewKey, loaded.roomOrigin) };
}
