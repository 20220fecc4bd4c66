import type { Role } from '@minga/schema';
import { useEffect, useState } from 'react';
import { getLinks } from '../api/unitApi.ts';

interface SharedKeys {
  viewKey: string | null;
  commentKey: string | null;
}

const NONE: SharedKeys = { viewKey: null, commentKey: null };

/**
 * The workspace's view and comment keys, which the server recovers for editors (`GET /links`);
 * null while unknown, for other keys, or when they cannot be recovered. A new `revision` reads
 * them again (after the comment key alone was replaced).
 */
export function useSharedKeys(workspaceId: string, key: string, role: Role, revision = 0): SharedKeys {
  const [loaded, setLoaded] = useState<{ request: string; keys: SharedKeys } | null>(null);
  const request = `${workspaceId}\n${key}\n${revision}`;
  useEffect(() => {
    if (role !== 'edit') return;
    const abort = new AbortController();
    getLinks(workspaceId, key, abort.signal).then(
      (links) => setLoaded({ request, keys: { viewKey: links.viewKey, commentKey: links.commentKey } }),
      () => undefined,
    );
    return () => abort.abort();
  }, [workspaceId, key, role, request]);
  return role === 'edit' && loaded?.request === request ? loaded.keys : NONE;
}

/** The workspace's view key, for editors (see useSharedKeys). */
export function useViewKey(workspaceId: string, key: string, role: Role): string | null {
  return useSharedKeys(workspaceId, key, role).viewKey;
}
