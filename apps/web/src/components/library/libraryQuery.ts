/** The orders the library can list units in. */
export const LIBRARY_SORTS = ['relevance', 'updated', 'title', 'minutes'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** Review states the library filters by. */
export const LIBRARY_REVIEW_STATES = ['draft', 'in_review', 'ready'] as const;
export type LibraryReviewState = (typeof LIBRARY_REVIEW_STATES)[number];

/** Upper bounds offered by the duration filter, in minutes. */
export const DURATION_LIMITS = [15, 30, 45, 60, 90, 120, 180] as const;

/** A search of the library, as the page's address holds it (so a search can be shared). */
export interface LibraryQuery {
  q: string;
  tag: string;
  lang: string;
  maxMinutes: number | null;
  /** Empty: any review state. */
  review: LibraryReviewState | '';
  /** Empty: relevance while searching for words, most recently changed otherwise. */
  sort: LibrarySort | '';
}

export const EMPTY_QUERY: LibraryQuery = { q: '', tag: '', lang: '', maxMinutes: null, review: '', sort: '' };

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The search held in a library address (`?q=&tag=&lang=&max=&review=&sort=`); anything unreadable is left out. */
export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
  const max = Number(params.get('max'));
  const sort = params.get('sort') ?? '';
  const lang = params.get('lang') ?? '';
  const review = params.get('review') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    tag: (params.get('tag') ?? '').replace(/^#/, '').slice(0, 50),
    lang: LANGUAGE_CODE.test(lang) ? lang : '',
    maxMinutes: Number.isInteger(max) && max > 0 && max <= 600 ? max : null,
    review: (LIBRARY_REVIEW_STATES as readonly string[]).includes(review) ? (review as LibraryReviewState) : '',
    sort: (LIBRARY_SORTS as readonly string[]).includes(sort) ? (sort as LibrarySort) : '',
  };
}

/** The address parameters for a search, keeping the others (the key first of all). */
export function writeLibraryQuery(params: URLSearchParams, query: LibraryQuery): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string) => (value ? next.set(name, value) : next.delete(name));
  set('q', query.q);
  set('tag', query.tag);
  set('lang', query.lang);
  set('max', query.maxMinutes === null ? '' : String(query.maxMinutes));
  set('review', query.review);
  set('sort', query.sort);
  return next;
}

/** The sort actually applied: relevance only means something while searching for words. */
export function effectiveSort(query: LibraryQuery): LibrarySort {
  if (query.sort === 'relevance' && !query.q.trim()) return 'updated';
  return query.sort || (query.q.trim() ? 'relevance' : 'updated');
}

/** Whether anything narrows the list (words, a hashtag, a language, a duration or a review state). */
export function isFiltered(query: LibraryQuery): boolean {
  return Boolean(query.q.trim() || query.tag || query.lang || query.maxMinutes !== null || query.review);
}

/** The query string of `GET /api/w/<ws>/units` for a search. */
export function libraryApiSearch(query: LibraryQuery, limit = 100): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.tag) params.set('tag', query.tag);
  if (query.lang) params.set('lang', query.lang);
  if (query.maxMinutes !== null) params.set('maxMinutes', String(query.maxMinutes));
  if (query.review) params.set('review', query.review);
  params.set('sort', effectiveSort(query));
  params.set('limit', String(limit));
  return params.toString();
}

/** The in-app path of a workspace's library for a key, with a search when given. */
export function libraryPath(workspaceId: string, key: string, query: LibraryQuery = EMPTY_QUERY): string {
  const params = writeLibraryQuery(new URLSearchParams({ key }), query);
  return `/w/${encodeURIComponent(workspaceId)}/library?${params.toString()}`;
}
