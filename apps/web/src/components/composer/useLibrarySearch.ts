import type { UnitSummary } from '@minga/schema';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/ApiError.ts';
import { searchUnits } from './sessionApi.ts';

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
      searchUnits(workspaceId, key, query, abort.signal).then(
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
