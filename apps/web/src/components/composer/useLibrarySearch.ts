import type { UnitSummary } from '@minga/schema';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { searchUnits } from '../library/libraryApi.ts';
import { EMPTY_QUERY } from '../library/libraryQuery.ts';

export type LibrarySearch =
  | { status: 'searching'; query: string; units: UnitSummary[] }
  | { status: 'ready'; query: string; units: UnitSummary[]; total: number }
  | { status: 'error'; query: string; offline: boolean; error: unknown };

/** Waiting this long after the last keystroke before asking spares the server one request per letter. */
const DEBOUNCE_MS = 250;

/** The library's units matching what is typed, asked again as the person types (the last answer wins). */
export function useLibrarySearch(workspaceId: string, key: string, query: string): LibrarySearch {
  const [result, setResult] = useState<LibrarySearch>({ status: 'searching', query, units: [] });
  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setResult((previous) => ({ status: 'searching', query, units: previous.status === 'error' ? [] : previous.units }));
      // The composer's short list: the best twenty (most recently changed while nothing is typed).
      searchUnits(workspaceId, key, { ...EMPTY_QUERY, q: query }, abort.signal, 20).then(
        (list) => setResult({ status: 'ready', query, units: list.units, total: list.total }),
        (error: unknown) => {
          if (!abort.signal.aborted) setResult({ status: 'error', query, offline: error instanceof ApiError && error.isNetwork, error });
        },
      );
    }, query ? DEBOUNCE_MS : 0);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [workspaceId, key, query]);
  return result;
}
