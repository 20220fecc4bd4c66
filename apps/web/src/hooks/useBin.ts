import { useCallback, useEffect, useState } from 'react';
import { listBin, type BinItem } from '../api/unitApi.ts';

export type BinResult = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; items: BinItem[] } | { status: 'error'; error: unknown };

/** The kinds of document the bin can give back. */
const RESTORABLE = new Set(['unit', 'session']);

/**
 * The workspace's bin (units and sessions), fetched while `open` (the panel is unfolded), and
 * again when `refreshToken` changes (something was just deleted) or on `reload`.
 */
export function useBin(workspaceId: string, key: string, open: boolean, refreshToken = 0): { result: BinResult; reload: () => void } {
  const [result, setResult] = useState<BinResult>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    listBin(workspaceId, key, abort.signal).then(
      (items) => setResult({ status: 'ready', items: items.filter((item) => RESTORABLE.has(item.kind)) }),
      (error: unknown) => {
        if (!abort.signal.aborted) setResult({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, open, generation, refreshToken]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { result: open && result.status === 'idle' ? { status: 'loading' } : result, reload };
}
