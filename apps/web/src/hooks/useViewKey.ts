import type { Role } from '@minga/schema';
import { useEffect, useState } from 'react';
import { getLinks } from '../api/unitApi.ts';

/**
 * The workspace's view key, which the server recovers for editors (`GET /links`); null while
 * unknown, for viewers, or when it cannot be recovered.
 */
export function useViewKey(workspaceId: string, key: string, role: Role): string | null {
  const [loaded, setLoaded] = useState<{ request: string; viewKey: string | null } | null>(null);
  const request = `${workspaceId}\n${key}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getLinks(workspaceId, key, abort.signal).then(
      (links) => setLoaded({ request, viewKey: links.viewKey }),
      () => undefined,
    );
    return () => abort.abort();
  }, [workspaceId, key, role, request]);
  return role === 'edit' && loaded?.request === request ? loaded.viewKey : null;
}
