import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { ApiError, isOffline } from '../api/ApiError.ts';
import { apiErrorMessage } from '../api/errorMessage.ts';
import { RunSheet } from '../components/composer/RunSheet.tsx';
import { downloadSessionExport } from '../components/composer/sessionApi.ts';
import { runSheetPath, sessionPath } from '../lib/sessionLinks.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useSessionResolved } from '../hooks/useSessionResolved.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { workspacePath } from '../lib/workspaceLink.ts';
import '../components/composer/composer.css';
import '../components/composer/runSheet.css';

/** `/w/:workspaceId/sessions/:sessionId/run-sheet?key=…`: the session's run-sheet, to print or download. */
export function RunSheetPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', sessionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const key = searchParams.get('key');
  const recent = useStoredValue(recentWorkspacesStore);
  const info = useWorkspaceInfo(workspaceId, key);
  const result = useSessionResolved(workspaceId, key ?? '', sessionId);
  const reload = () => void result.refetch();
  const missing = result.error instanceof ApiError && result.error.status === 404;
  const download = useMutation({ mutationFn: () => downloadSessionExport(workspaceId, key ?? '', sessionId, 'md', i18n.language) });
  const title = result.status === 'success' ? result.data.session.title.trim() || t('composer.untitled') : '';
  useDocumentTitle(info.status === 'error' ? null : title ? t('composer.runSheet.pageTitle', { title }) : t('composer.runSheet.eyebrow'));

  const remembered = key ? undefined : recent.find((entry) => entry.id === workspaceId);
  if (remembered) return <Navigate replace to={runSheetPath(workspaceId, sessionId, remembered.key)} />;
  if (info.status === 'error') return <div className="page"><WorkspaceError code={info.code} /></div>;
  if (info.status === 'loading' || result.status === 'pending') {
    return (
      <div className="page">
        <p className="loading" role="status" data-testid="run-sheet-loading">{t('composer.runSheet.loading')}</p>
      </div>
    );
  }
  if (result.status === 'error') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid="run-sheet-error">
          <h1>{missing ? t('composer.missing.title') : t('composer.runSheet.failedTitle')}</h1>
          <p>{missing ? t('composer.missing.body') : isOffline(result.error) ? t('composer.runSheet.offline') : apiErrorMessage(t, result.error)}</p>
          {!missing && <button type="button" onClick={reload}>{t('composer.runSheet.retry')}</button>}
          <p><Link to={workspacePath(workspaceId, key ?? '')}>{t('composer.missing.back', { name: info.info.name })}</Link></p>
        </section>
      </div>
    );
  }

  const downloadMarkdown = () => download.mutate();

  return (
    <div className="page run-sheet-page" data-testid="run-sheet-page">
      <nav aria-label={t('composer.breadcrumb')} className="breadcrumb run-sheet__no-print">
        <Link to={workspacePath(workspaceId, key ?? '')}>{info.info.name}</Link>
        {' › '}
        <Link to={sessionPath(workspaceId, sessionId, key ?? '')} data-testid="back-to-session">{title}</Link>
      </nav>
      <div className="run-sheet__actions run-sheet__no-print" data-testid="run-sheet-actions">
        <button type="button" className="button--primary" onClick={() => window.print()} data-testid="print-run-sheet">
          {t('composer.runSheet.print')}
        </button>
        <button type="button" onClick={downloadMarkdown} disabled={download.isPending} data-testid="download-markdown">
          {t('composer.runSheet.downloadMarkdown')}
        </button>
        <button type="button" className="button--quiet" onClick={reload} data-testid="reload-run-sheet">{t('composer.runSheet.reload')}</button>
        {download.isError && <ErrorNotice lead={t('composer.runSheet.downloadFailed')} error={download.error} />}
      </div>
      <RunSheet session={result.data.session} units={result.data.units} />
    </div>
  );
}
