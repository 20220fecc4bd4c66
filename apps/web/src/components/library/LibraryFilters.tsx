import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { DURATION_LIMITS, LIBRARY_REVIEW_STATES, LIBRARY_SORTS, effectiveSort, type LibraryQuery, type LibraryReviewState, type LibrarySort } from './libraryQuery.ts';

interface LibraryFiltersProps {
  query: LibraryQuery;
  /** Languages worth offering besides French and English (those of the units found). */
  languages: string[];
  onChange: (query: LibraryQuery) => void;
}

const SORT_LABELS = {
  relevance: 'libraryPage.sort.relevance',
  updated: 'libraryPage.sort.updated',
  title: 'libraryPage.sort.title',
  minutes: 'libraryPage.sort.minutes',
} as const satisfies Record<LibrarySort, string>;

const REVIEW_LABELS = { draft: 'review.state.draft', in_review: 'review.state.in_review', ready: 'review.state.ready' } as const satisfies Record<LibraryReviewState, string>;

/** A language's name in the interface's language ("anglais", "English"), or its code. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Filters by language, longest duration and review state, and the order of the results. */
export function LibraryFilters({ query, languages, onChange }: LibraryFiltersProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const languageOptions = [...new Set(['fr', 'en', ...languages, ...(query.lang ? [query.lang] : [])])];
  const limits = [...new Set([...DURATION_LIMITS, ...(query.maxMinutes === null ? [] : [query.maxMinutes])])].sort((a, b) => a - b);

  return (
    <div className="library-filters">
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('libraryPage.filters.language')}</label>
        <select id={`${id}-lang`} value={query.lang} onChange={(event) => onChange({ ...query, lang: event.currentTarget.value })} data-testid="library-language">
          <option value="">{t('libraryPage.filters.anyLanguage')}</option>
          {languageOptions.map((code) => <option key={code} value={code}>{languageName(code, i18n.language)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-max`}>{t('libraryPage.filters.maxMinutes')}</label>
        <select
          id={`${id}-max`}
          value={query.maxMinutes === null ? '' : String(query.maxMinutes)}
          onChange={(event) => onChange({ ...query, maxMinutes: event.currentTarget.value ? Number(event.currentTarget.value) : null })}
          data-testid="library-max-minutes"
        >
          <option value="">{t('libraryPage.filters.anyDuration')}</option>
          {limits.map((minutes) => (
            <option key={minutes} value={minutes}>{t('libraryPage.filters.atMost', { duration: formatDuration(t, minutes) })}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-review`}>{t('libraryPage.filters.review')}</label>
        <select id={`${id}-review`} value={query.review} onChange={(event) => onChange({ ...query, review: event.currentTarget.value as LibraryReviewState | '' })} data-testid="library-review">
          <option value="">{t('libraryPage.filters.anyReview')}</option>
          {LIBRARY_REVIEW_STATES.map((state) => <option key={state} value={state}>{t(REVIEW_LABELS[state])}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t('libraryPage.sort.label')}</label>
        <select id={`${id}-sort`} value={effectiveSort(query)} onChange={(event) => onChange({ ...query, sort: event.currentTarget.value as LibrarySort })} data-testid="library-sort">
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort} disabled={sort === 'relevance' && !query.q.trim()}>{t(SORT_LABELS[sort])}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
