import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { LibraryView } from '../components/library/LibraryView.tsx';
import { libraryPath, readLibraryQuery } from '../components/library/libraryQuery.ts';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';

/** `/w/:workspaceId/library?key=…&q=…`: the workspace's units, searched and filtered; the search is in the address. */
export function LibraryPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const recent = useStoredValue(recentWorkspacesStore);
  const result = useWorkspaceInfo(workspaceId, key);
  useDocumentTitle(result.status === 'ready' ? t('libraryPage.pageTitle', { name: result.info.name }) : result.status === 'error' ? null : t('libraryPage.eyebrow'));

  // A bare /w/<id>/library opens with the key this device remembers.
  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={libraryPath(workspaceId, remembered.key, readLibraryQuery(searchParams))} />;

  if (result.status === 'loading') {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid="library-loading">{t('libraryPage.loading')}</p>
      </div>
    );
  }
  if (result.status === 'error') return <div className="page"><WorkspaceError code={result.code} /></div>;
  return <LibraryView info={result.info} accessKey={key ?? ''} />;
}
