import type { UnitSummary, WorkspaceInfo } from '@minga/schema';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isOffline } from '../../api/ApiError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { workspacePath } from '../../lib/workspaceLink.ts';
import { EmptyState } from '../EmptyState.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { NewUnitButton } from '../NewUnitButton.tsx';
import { ForkDialog } from './ForkDialog.tsx';
import { HashtagFacets } from './HashtagFacets.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { searchUnits } from './libraryApi.ts';
import { LibraryFilters } from './LibraryFilters.tsx';
import { EMPTY_QUERY, isFiltered, readLibraryQuery, writeLibraryQuery, type LibraryQuery } from './libraryQuery.ts';
import { LibrarySearchBox } from './LibrarySearchBox.tsx';
import { LibraryUnitCard } from './LibraryUnitCard.tsx';
import './library.css';

interface LibraryViewProps {
  info: WorkspaceInfo;
  accessKey: string;
}

/** A workspace's library: search as you type, hashtag facets, filters, sort, result cards, fork and import. */
export function LibraryView({ info, accessKey }: LibraryViewProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = readLibraryQuery(searchParams);
  const setQuery = useCallback(
    (next: LibraryQuery) => setSearchParams((current) => writeLibraryQuery(current, next), { replace: true }),
    [setSearchParams],
  );
  const onSearch = useCallback(
    (q: string) => setSearchParams((current) => writeLibraryQuery(current, { ...readLibraryQuery(current), q }), { replace: true }),
    [setSearchParams],
  );
  // The last answer stays on screen (marked busy) while a newer search is on its way.
  const result = useQuery({
    queryKey: queryKeys.unitSearch(info.id, accessKey, query),
    queryFn: ({ signal }) => searchUnits(info.id, accessKey, query, signal),
    placeholderData: keepPreviousData,
  });
  const [importing, setImporting] = useState(false);
  const [forking, setForking] = useState<UnitSummary | null>(null);
  const canEdit = info.role === 'edit';
  const filtered = isFiltered(query);
  const list = result.status === 'success' ? result.data : null;
  const languages = list ? [...new Set(list.units.map((unit) => unit.language))] : [];

  return (
    <div className="page library-page">
      <header className="library-header">
        <div>
          <p className="eyebrow">{t('libraryPage.eyebrow')}</p>
          <h1 data-testid="library-title">{info.name}</h1>
          <p>
            <Link to={workspacePath(info.id, accessKey)}>{t('libraryPage.backToWorkspace')}</Link>
            {' · '}
            <Link to="/catalogue">{t('libraryPage.catalogueLink')}</Link>
          </p>
        </div>
        {canEdit && (
          <div className="library-header__actions">
            <button type="button" onClick={() => setImporting(true)} data-testid="open-import">{t('importUnit.open')}</button>
            <NewUnitButton workspaceId={info.id} accessKey={accessKey} />
          </div>
        )}
      </header>

      <section className="card library-controls" aria-label={t('libraryPage.search.section')}>
        <LibrarySearchBox value={query.q} onSearch={onSearch} />
        <LibraryFilters query={query} languages={languages} onChange={setQuery} />
        {list && <HashtagFacets facets={list.facets.hashtags} selected={query.tag} onSelect={(tag) => setQuery({ ...query, tag })} />}
      </section>

      <section className="library-results" aria-labelledby="library-results-title" aria-busy={result.status === 'pending' || result.isPlaceholderData}>
        <h2 id="library-results-title" className="visually-hidden">{t('libraryPage.results')}</h2>
        <p role="status" className="library-count" data-testid="library-count">
          {list ? t('libraryPage.count', { count: list.total }) : result.status === 'pending' ? t('libraryPage.loading') : ''}
        </p>
        {result.status === 'error' && (isOffline(result.error)
          ? <p className="notice notice--warning" role="alert">{t('libraryPage.offline')}</p>
          : <ErrorNotice tone="warning" lead={t('libraryPage.failed')} error={result.error} />)}
        {list && list.total === 0 && !filtered && (
          <EmptyState title={t('libraryPage.empty.title')} testId="library-empty">
            <p>{canEdit ? t('libraryPage.empty.body') : t('libraryPage.empty.bodyReadOnly')}</p>
            {canEdit && (
              <div className="actions">
                <button type="button" onClick={() => setImporting(true)}>{t('importUnit.open')}</button>
              </div>
            )}
          </EmptyState>
        )}
        {list && list.total === 0 && filtered && (
          <EmptyState title={t('libraryPage.noMatch.title')} testId="library-no-match">
            <p>{t('libraryPage.noMatch.body')}</p>
            <div className="actions">
              <button type="button" onClick={() => setQuery(EMPTY_QUERY)}>{t('libraryPage.noMatch.clear')}</button>
            </div>
          </EmptyState>
        )}
        {list && list.units.length > 0 && (
          <ul className="library-cards" data-testid="library-results">
            {list.units.map((unit) => (
              <li key={unit.id}>
                <LibraryUnitCard workspaceId={info.id} accessKey={accessKey} unit={unit} onFork={canEdit ? setForking : undefined} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {importing && <ImportDialog workspaceId={info.id} accessKey={accessKey} onClose={() => setImporting(false)} />}
      {forking && (
        <ForkDialog
          workspaceId={info.id}
          accessKey={accessKey}
          source={{ id: forking.id, title: forking.title, licence: forking.licence }}
          onClose={() => setForking(null)}
        />
      )}
    </div>
  );
}
