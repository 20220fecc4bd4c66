import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CatalogueForkForm } from '../components/library/CatalogueForkForm.tsx';
import { CatalogueUnitView } from '../components/library/CatalogueUnitView.tsx';
import { getCatalogueEntry } from '../components/library/libraryApi.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { apiErrorCode, apiErrorMessage } from '../api/errorMessage.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import '../components/library/library.css';

/** `/c/:publicId`: a unit of the commons catalogue, read-only and without a key, with a way to fork it. */
export function CatalogueEntryPage() {
  const { t } = useTranslation();
  const { publicId = '' } = useParams();
  const result = useQuery({ queryKey: queryKeys.catalogueEntry(publicId), queryFn: ({ signal }) => getCatalogueEntry(publicId, signal) });
  const code = result.status === 'error' ? apiErrorCode(result.error) : null;
  const gone = code === 'not_found' || code === 'invalid_params';
  useDocumentTitle(result.status === 'success' ? result.data.unit.title.trim() || t('unit.untitled') : gone ? t('catalogue.gone.title') : t('catalogue.pageTitle'));

  if (result.status === 'pending') {
    return <div className="page"><p className="loading" role="status" data-testid="catalogue-loading">{t('catalogue.loading')}</p></div>;
  }
  if (result.status === 'error') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid={gone ? 'catalogue-gone' : 'catalogue-error'}>
          <h1>{gone ? t('catalogue.gone.title') : t('catalogue.error.title')}</h1>
          <p>{gone ? t('catalogue.gone.body') : apiErrorMessage(t, result.error)}</p>
          <p><Link to="/catalogue">{t('catalogue.backToList')}</Link></p>
        </section>
      </div>
    );
  }
  return (
    <div className="page catalogue-page">
      <p><Link to="/catalogue">{t('catalogue.backToList')}</Link></p>
      <CatalogueUnitView entry={result.data} />
      <CatalogueForkForm publicId={result.data.publicId || publicId} licence={result.data.licence} />
    </div>
  );
}
