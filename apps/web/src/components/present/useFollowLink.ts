import type { Role } from '@minga/schema';
import { useEffect, useState } from 'react';
import { getViewKey } from './presentApi.ts';
import { followLink } from './presentPaths.ts';

/**
 * The link people in the room open to follow a session: made from the view key, which the server
 * gives editors back (someone holding the view key shares the link they opened).
 * `undefined` while it loads, `null` when the view key cannot be recovered.
 */
export function useFollowLink(workspaceId: string, sessionId: string, accessKey: string, role: Role): string | null | undefined {
  const [loaded, setLoaded] = useState<{ for: string; viewKey: string | null } | null>(null);
  const request = `${workspaceId}\n${accessKey}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getViewKey(workspaceId, accessKey, abort.signal).then(
      (viewKey) => setLoaded({ for: request, viewKey }),
      () => undefined,
    );
    return () => abort.abort();
  }, [workspaceId, accessKey, role, request]);

  const viewKey = role === 'view' ? accessKey : loaded?.for === request ? loaded.viewKey : undefined;
  if (viewKey === undefined || viewKey === null) return viewKey;
  return followLink(workspaceId, sessionId, viewKey);
}
