import { VIA_API, type VersionMeta } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersions } from '../../hooks/useVersions.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { VersionPreviewDialog } from './VersionPreviewDialog.tsx';
import { CompareDialog } from '../relay/CompareDialog.tsx';

interface HistoryPanelProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  authorName: string;
}

/** The unit's history: named versions and automatic ones after bursts of activity; preview, compare and restore. */
export function HistoryPanel({ workspaceId, accessKey, unitId, authorName }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const { editable } = useDocEditor();
  const versions = useVersions(workspaceId, accessKey, unitId);
  const reload = () => void versions.refetch();
  const [previewing, setPreviewing] = useState<VersionMeta | null>(null);
  const [comparing, setComparing] = useState<VersionMeta | null>(null);
  const label = (version: VersionMeta) => version.label || t('history.automatic');
  return (
    <div className="history" data-testid="history">
      {editable && <SaveVersionForm workspaceId={workspaceId} accessKey={accessKey} unitId={unitId} authorName={authorName} />}
      <div className="history__top">
        <h3>{t('history.listTitle')}</h3>
        <button type="button" className="button--quiet" onClick={reload}>{t('history.refresh')}</button>
      </div>
      {versions.status === 'pending' && <p className="loading" role="status">{t('history.loading')}</p>}
      {versions.status === 'error' && <ErrorNotice tone="warning" lead={t('history.failed')} error={versions.error} />}
      {versions.status === 'success' && versions.data.length === 0 && <p className="hint">{t('history.empty')}</p>}
      {versions.status === 'success' && versions.data.length > 0 && (
        <ol className="version-list" data-testid="version-list">
          {versions.data.map((version) => (
            <li key={version.id} className={`version version--${version.kind}`} data-testid="version" data-kind={version.kind} data-label={version.label}>
              <span className="version__label">{label(version)}</span>
              <span className="version__meta">
                <time dateTime={version.createdAt}>{formatDateTime(version.createdAt, i18n.language)}</time>
                {version.author && <> · {versionAuthors(version.author, t('history.viaApi'))}</>}
              </span>
              <button type="button" onClick={() => setPreviewing(version)} aria-label={t('history.previewLabel', { version: label(version) })}>
                {t('history.preview')}
              </button>
              <button type="button" onClick={() => setComparing(version)} aria-label={t('history.compareLabel', { version: label(version) })} data-testid="compare-version">
                {t('history.compare')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {comparing && versions.status === 'success' && (
        <CompareDialog
          workspaceId={workspaceId}
          accessKey={accessKey}
          docId={unitId}
          from={comparing}
          versions={versions.data}
          versionName={label}
          onClose={() => setComparing(null)}
        />
      )}
      {previewing && (
        <VersionPreviewDialog
          workspaceId={workspaceId}
          accessKey={accessKey}
          unitId={unitId}
          version={previewing}
          title={label(previewing)}
          onClose={() => setPreviewing(null)}
        />
      )}
    </div>
  );
}

/** The authors of a version as the history says them: "via API" in the interface's language. */
function versionAuthors(author: string, viaApi: string): string {
  return author.split(', ').map((name) => (name === VIA_API ? viaApi : name)).join(', ');
}
