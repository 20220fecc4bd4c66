import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { listCatalogue } from '../components/library/libraryApi.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { formatDuration } from '../lib/formatDuration.ts';
import '../components/library/library.css';

/** `/catalogue`: the units this server's workspaces published as commons, readable by anyone. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const result = useQuery({ queryKey: queryKeys.catalogue(), queryFn: ({ signal }) => listCatalogue(signal) });
  useDocumentTitle(t('catalogue.pageTitle'));

  return (
    <div className="page catalogue-page">
      <header>
        <p className="eyebrow">{t('catalogue.eyebrow')}</p>
        <h1>{t('catalogue.listTitle')}</h1>
        <p className="hint">{t('catalogue.listIntro')}</p>
      </header>
      {result.status === 'pending' && <p className="loading" role="status">{t('catalogue.loading')}</p>}
      {result.status === 'error' && <ErrorNotice tone="warning" lead={t('catalogue.error.title')} error={result.error} />}
      {result.status === 'success' && result.data.length === 0 && (
        <EmptyState title={t('catalogue.empty.title')} testId="catalogue-empty">
          <p>{t('catalogue.empty.body')}</p>
        </EmptyState>
      )}
      {result.status === 'success' && result.data.length > 0 && (
        <ul className="library-cards" data-testid="catalogue-list">
          {result.data.map((unit) => (
            <li key={unit.publicId}>
              <article className="library-card" lang={unit.language} data-testid="catalogue-card">
                <h2 className="library-card__title"><Link to={`/c/${encodeURIComponent(unit.publicId)}`}>{unit.title.trim() || t('unit.untitled')}</Link></h2>
                {unit.description && <p className="library-card__description">{unit.description}</p>}
                {unit.hashtags.length > 0 && (
                  <ul className="library-tags" aria-label={t('libraryPage.card.hashtags')}>
                    {unit.hashtags.map((tag) => <li key={tag}>#{tag}</li>)}
                  </ul>
                )}
                <dl className="library-card__facts" lang={i18n.language}>
                  <div><dt>{t('libraryPage.card.duration')}</dt><dd>{formatDuration(t, unit.minutes)}</dd></div>
                  <div><dt>{t('catalogue.licence')}</dt><dd>{unit.licenceLabel}</dd></div>
                  <div>
                    <dt>{t('libraryPage.card.review')}</dt>
                    <dd data-testid="catalogue-card-review" data-state={unit.review}>{unit.review === 'ready' ? t('catalogue.reviewed') : t('catalogue.neverReviewed')}</dd>
                  </div>
                  <div><dt>{t('catalogue.publishedAt')}</dt><dd><time dateTime={unit.publishedAt}>{formatDateTime(unit.publishedAt, i18n.language)}</time></dd></div>
                  {unit.contributors.length > 0 && (
                    <div><dt>{t('libraryPage.card.contributors')}</dt><dd>{unit.contributors.join(', ')}</dd></div>
                  )}
                </dl>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
