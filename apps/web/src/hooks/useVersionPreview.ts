import type { Unit } from '@minga/schema';
import { useEffect, useState } from 'react';
import { getVersion } from '../api/unitApi.ts';
import { decodeVersion } from '../lib/decodeVersion.ts';

export type VersionPreview = { status: 'loading' } | { status: 'ready'; unit: Unit } | { status: 'error'; error: unknown };

/** One saved version of a unit, fetched and read into its JSON form (the live doc untouched). */
export function useVersionPreview(workspaceId: string, key: string, unitId: string, versionId: number): VersionPreview {
  const [loaded, setLoaded] = useState<{ versionId: number; preview: VersionPreview } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    getVersion(workspaceId, key, unitId, versionId, abort.signal)
      .then((version) => setLoaded({ versionId, preview: { status: 'ready', unit: decodeVersion(version.state, unitId) } }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setLoaded({ versionId, preview: { status: 'error', error } });
      });
    return () => abort.abort();
  }, [workspaceId, key, unitId, versionId]);
  return loaded?.versionId === versionId ? loaded.preview : { status: 'loading' };
}
