import { useCallback, useEffect, useRef, useState } from 'react';
import { apiErrorCode } from '../../api/errorMessage.ts';

/** An API answer as a component shows it: loading, ready (maybe refreshing) or failed with a code. */
export type ApiResult<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; refreshing: boolean }
  | { status: 'error'; code: string; message: string };

type Settled<T> = { request: string; result: ApiResult<T> };

/**
 * Loads `load()` for `request` (a string naming what is asked: a new one aborts the old) and keeps
 * the last answer on screen while a newer request is on its way. `reload` asks the same again.
 */
export function useApiResult<T>(request: string | null, load: (signal: AbortSignal) => Promise<T>): { result: ApiResult<T>; reload: () => void } {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  // The loader changes identity at every render; the request string says when to call it again.
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    if (request === null) return;
    const abort = new AbortController();
    loader.current(abort.signal).then(
      (data) => {
        if (!abort.signal.aborted) setSettled({ request, result: { status: 'ready', data, refreshing: false } });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const code = apiErrorCode(error);
        const message = error instanceof Error ? error.message : String(error);
        setSettled({ request, result: { status: 'error', code, message } });
      },
    );
    return () => abort.abort();
  }, [request, generation]);

  if (request === null || settled === null) return { result: { status: 'loading' }, reload };
  if (settled.request === request) return { result: settled.result, reload };
  // A newer request is on its way: keep the previous answer up, marked as refreshing.
  if (settled.result.status === 'ready') return { result: { ...settled.result, refreshing: true }, reload };
  return { result: { status: 'loading' }, reload };
}
