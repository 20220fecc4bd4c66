import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, effectiveSort, libraryApiSearch, libraryPath, readLibraryQuery, writeLibraryQuery } from './libraryQuery.ts';

describe('library search in the address', () => {
  it('a search written to the address reads back the same, the key kept', () => {
    const query = { q: 'décideurs', tag: 'communs', lang: 'fr', maxMinutes: 60, review: 'ready' as const, sort: 'title' as const };
    const params = writeLibraryQuery(new URLSearchParams({ key: 'k1' }), query);
    expect(params.get('key')).toBe('k1');
    expect(readLibraryQuery(params)).toEqual(query);
  });

  it('an empty search leaves only the key in the address', () => {
    expect(libraryPath('ws1', 'k 1')).toBe('/w/ws1/library?key=k+1');
  });

  it('unreadable parameters are left out rather than sent to the server', () => {
    const params = new URLSearchParams({ max: '-5', sort: 'random', lang: 'Français', tag: '#communs', review: 'approved' });
    expect(readLibraryQuery(params)).toEqual({ ...EMPTY_QUERY, tag: 'communs' });
  });

  it('sorts by relevance while searching for words, by last change otherwise', () => {
    expect(effectiveSort({ ...EMPTY_QUERY, q: 'communs' })).toBe('relevance');
    expect(effectiveSort(EMPTY_QUERY)).toBe('updated');
    expect(effectiveSort({ ...EMPTY_QUERY, sort: 'relevance' })).toBe('updated');
  });

  it('the API query carries the filters under the server\'s names', () => {
    const search = new URLSearchParams(libraryApiSearch({ q: ' tiers lieux ', tag: '', lang: 'fr', maxMinutes: 30, review: 'in_review', sort: '' }));
    expect(Object.fromEntries(search)).toEqual({ q: 'tiers lieux', lang: 'fr', maxMinutes: '30', review: 'in_review', sort: 'relevance', limit: '100' });
  });
});
