import type { UnitSummary } from '@minga/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isOffline } from '../../api/ApiError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { searchUnits } from '../library/libraryApi.ts';
import { EMPTY_QUERY } from '../library/libraryQuery.ts';

export type LibrarySearch =
  | { status: 'searching'; query: string; units: UnitSummary[] }
  | { status: 'ready'; query: string; units: UnitSummary[]; total: number }
  | { status: 'error'; query: string; offline: boolean; error: unknown };

/** Waiting this long after the last keystroke before asking spares the server one request per letter. */
const DEBOUNCE_MS = 250;
/** The composer's short list: the best twenty (most recently changed while nothing is typed). */
const LIMIT = 20;

/** The library's units matching what is typed, asked again as the person types (the last answer stays meanwhile). */
export function useLibrarySearch(workspaceId: string, key: string, query: string): LibrarySearch {
  const [asked, setAsked] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query), query ? DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query]);
  const search = useQuery({
    queryKey: queryKeys.unitSearch(workspaceId, key, { ...EMPTY_QUERY, q: asked }, LIMIT),
    queryFn: ({ signal }) => searchUnits(workspaceId, key, { ...EMPTY_QUERY, q: asked }, signal, LIMIT),
    placeholderData: keepPreviousData,
  });
  if (search.status === 'error') return { status: 'error', query: asked, offline: isOffline(search.error), error: search.error };
  if (search.status === 'pending' || search.isPlaceholderData || asked !== query) return { status: 'searching', query, units: search.data?.units ?? [] };
  return { status: 'ready', query, units: search.data.units, total: search.data.total };
}
