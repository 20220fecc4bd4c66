import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { IdentityWelcome } from '../components/IdentityWelcome.tsx';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { SessionComposer } from '../components/composer/SessionComposer.tsx';
import { sessionPath } from '../components/composer/sessionLinks.ts';
import { useDocCheck } from '../hooks/useDocCheck.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { identityStore } from '../lib/identity.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { workspacePath } from '../lib/workspaceLink.ts';

/** `/w/:workspaceId/sessions/:sessionId?key=…`: a session's composer, shareable like a pad. */
export function SessionPage() {
  const { t } = useTranslation();
  const { workspaceId = '', sessionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const identity = useStoredValue(identityStore);
  const recent = useStoredValue(recentWorkspacesStore);
  const result = useWorkspaceInfo(workspaceId, key);
  const check = useDocCheck('session', workspaceId, key ?? '', sessionId);
  // The editor names the page after its session, an error names itself; until then, where we are.
  const opened = result.status === 'ready' && check === 'ok' && identity !== null;
  useDocumentTitle(
    result.status === 'error' || opened ? null
      : check === 'missing' ? t('composer.missing.title')
      : result.status === 'ready' ? result.info.name
      : t('composer.eyebrow'),
  );

  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={sessionPath(workspaceId, sessionId, remembered.key)} />;

  if (result.status === 'loading' || (result.status === 'ready' && check === 'checking')) {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid="session-loading">{t('composer.loading')}</p>
      </div>
    );
  }
  if (result.status === 'error') return <div className="page"><WorkspaceError code={result.code} /></div>;
  if (check === 'missing') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid="session-missing">
          <h1>{t('composer.missing.title')}</h1>
          <p>{t('composer.missing.body')}</p>
          <p><Link to={workspacePath(workspaceId, key ?? '')}>{t('composer.missing.back', { name: result.info.name })}</Link></p>
        </section>
      </div>
    );
  }
  if (!identity) return <IdentityWelcome eyebrow={t('composer.eyebrow')} title={result.info.name} />;

  return <SessionComposer key={`${workspaceId}/${sessionId}`} info={result.info} sessionId={sessionId} accessKey={key ?? ''} identity={identity} offline={result.offline} />;
}
