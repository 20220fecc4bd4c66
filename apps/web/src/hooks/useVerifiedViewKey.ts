import { useEffect, useState } from 'react';
import { getWorkspace } from '../api/apiClient.ts';

/**
 * The view key remembered on this device, once the server confirms it still works (someone may
 * have rotated the keys since). Null while unknown or when it no longer works.
 */
export function useVerifiedViewKey(workspaceId: string, viewKey: string | undefined): string | null {
  const [verified, setVerified] = useState<string | null>(null);
  useEffect(() => {
    if (!viewKey) return;
    const abort = new AbortController();
    getWorkspace(workspaceId, viewKey, abort.signal).then(
      (info) => setVerified(info.role === 'view' ? viewKey : null),
      () => {
        if (!abort.signal.aborted) setVerified(null);
      },
    );
    return () => abort.abort();
  }, [workspaceId, viewKey]);
  return viewKey && verified === viewKey ? verified : null;
}
