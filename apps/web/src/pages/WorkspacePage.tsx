import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { IdentityWelcome } from '../components/IdentityWelcome.tsx';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { WorkspaceView } from '../components/WorkspaceView.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { identityStore } from '../lib/identity.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { workspacePath } from '../lib/workspaceLink.ts';

/** `/w/:workspaceId?key=…`: checks the key, asks who you are at the first visit, opens the workspace. */
export function WorkspacePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const identity = useStoredValue(identityStore);
  const recent = useStoredValue(recentWorkspacesStore);
  const result = useWorkspaceInfo(workspaceId, key);
  // An error names the page itself (WorkspaceError).
  useDocumentTitle(result.status === 'ready' ? result.info.name : result.status === 'error' ? null : t('workspace.pageTitle'));

  // A bare /w/<id> opens with the key this device remembers, and the address shows it again.
  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={workspacePath(workspaceId, remembered.key)} />;

  if (result.status === 'loading') {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid="workspace-loading">{t('workspace.loading')}</p>
      </div>
    );
  }
  if (result.status === 'error') return <div className="page"><WorkspaceError code={result.code} /></div>;

  if (!identity) return <IdentityWelcome eyebrow={t('workspace.eyebrow')} title={result.info.name} />;

  return <WorkspaceView info={result.info} accessKey={key ?? ''} identity={identity} offline={result.offline} />;
}
