import { useCallback, useEffect, useState } from 'react';
import { listBin, type BinItem } from '../api/unitApi.ts';

export type BinResult = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; items: BinItem[] } | { status: 'error' };

/** The workspace's bin, fetched while `open` (the panel is unfolded). */
export function useBin(workspaceId: string, key: string, open: boolean): { result: BinResult; reload: () => void } {
  const [result, setResult] = useState<BinResult>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    listBin(workspaceId, key, abort.signal).then(
      (items) => setResult({ status: 'ready', items: items.filter((item) => item.kind === 'unit') }),
      () => {
        if (!abort.signal.aborted) setResult({ status: 'error' });
      },
    );
    return () => abort.abort();
  }, [workspaceId, key, open, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { result: open && result.status === 'idle' ? { status: 'loading' } : result, reload };
}
