import type { VersionMeta } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersionPreview } from '../../hooks/useVersionPreview.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { restoreVersion } from '../../lib/restoreVersion.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { UnitPreview } from './UnitPreview.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface VersionPreviewDialogProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  version: VersionMeta;
  title: string;
  onClose: () => void;
}

/** A saved version, read-only; editors may restore it after confirming. */
export function VersionPreviewDialog({ workspaceId, accessKey, unitId, version, title, onClose }: VersionPreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const { doc, origin, editable } = useDocEditor();
  const dialog = useModalDialog();
  const preview = useVersionPreview(workspaceId, accessKey, unitId, version.id);
  const [confirming, setConfirming] = useState(false);

  const restore = () => {
    if (preview.status !== 'success') return;
    restoreVersion(doc, preview.data, unitId, origin);
    onClose();
  };

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby="version-title" data-testid="version-preview" onClose={onClose}>
      <p className="eyebrow">{t('history.previewEyebrow')}</p>
      <h2 id="version-title">{title}</h2>
      <p className="hint">
        {formatDateTime(version.createdAt, i18n.language)}
        {version.author && <> · {version.author}</>}
      </p>
      {preview.status === 'pending' && <p className="loading" role="status">{t('history.previewLoading')}</p>}
      {preview.status === 'error' && <ErrorNotice lead={t('history.previewFailed')} error={preview.error} />}
      {preview.status === 'success' && <UnitPreview unit={preview.data} />}
      {confirming ? (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby="restore-confirm-title" aria-describedby="restore-confirm-body">
          <p className="notice__title" id="restore-confirm-title">{t('history.confirmTitle')}</p>
          <p id="restore-confirm-body">{t('history.confirmBody')}</p>
          <div className="actions">
            <button type="button" className="button--primary" onClick={restore} autoFocus data-testid="confirm-restore">{t('history.confirmRestore')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {editable && preview.status === 'success' && (
            <button type="button" className="button--primary" onClick={() => setConfirming(true)} data-testid="restore-version">{t('history.restore')}</button>
          )}
          <button type="button" onClick={onClose}>{t('common.close')}</button>
        </div>
      )}
    </dialog>
  );
}
