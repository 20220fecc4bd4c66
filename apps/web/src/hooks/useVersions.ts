import type { VersionMeta } from '@minga/schema';
import { useCallback, useEffect, useState } from 'react';
import { listVersions } from '../api/unitApi.ts';

export type VersionsResult =
  | { status: 'loading' }
  | { status: 'ready'; versions: VersionMeta[] }
  | { status: 'error'; error: unknown };

/** The saved versions of a document, newest first; `reload` asks the server again. */
export function useVersions(workspaceId: string, key: string, docId: string): { result: VersionsResult; reload: () => void } {
  const [result, setResult] = useState<VersionsResult>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    listVersions(workspaceId, key, docId, abort.signal).then(
      (versions) => setResult({ status: 'ready', versions }),
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, docId, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { result, reload };
}
