import type { Role } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { useVerifiedViewKey } from '../hooks/useVerifiedViewKey.ts';
import { useSharedKeys } from '../hooks/useSharedKeys.ts';
import { recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { workspaceLink } from '../lib/workspaceLink.ts';
import { CopyField } from './CopyField.tsx';
import { RotateKeysDialog } from './RotateKeysDialog.tsx';

interface ShareLinksProps {
  workspaceId: string;
  workspaceName: string;
  currentKey: string;
  role: Role;
  onRotatingChange: (rotating: boolean) => void;
}

/** The links to share: editors get the edit, view and comment links (recovered by the server) and can rotate keys. */
export function ShareLinks({ workspaceId, workspaceName, currentKey, role, onRotatingChange }: ShareLinksProps) {
  const { t } = useTranslation();
  const [rotating, setRotating] = useState(false);
  const recent = useStoredValue(recentWorkspacesStore);
  const savedViewKey = role === 'edit' ? recent.find((entry) => entry.id === workspaceId)?.viewKey : undefined;
  const verifiedSaved = useVerifiedViewKey(workspaceId, savedViewKey);
  // The server recovers the view key for editors; this device's copy covers the offline case.
  const shared = useSharedKeys(workspaceId, currentKey, role);
  const viewKey = shared.viewKey ?? verifiedSaved;

  if (role === 'view') {
    return (
      <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={workspaceLink(workspaceId, currentKey)} testId="view-link" />
    );
  }
  if (role === 'comment') {
    return (
      <CopyField label={t('share.commentLink')} hint={t('share.commentHint')} value={workspaceLink(workspaceId, currentKey)} testId="comment-link" />
    );
  }

  return (
    <>
      <CopyField label={t('share.editLink')} hint={t('share.editHint')} value={workspaceLink(workspaceId, currentKey)} testId="edit-link" />
      {viewKey ? (
        <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={workspaceLink(workspaceId, viewKey)} testId="view-link" />
      ) : (
        <p className="hint">{t('share.viewLinkUnknown')}</p>
      )}
      {shared.commentKey && (
        <CopyField label={t('share.commentLink')} hint={t('share.commentHint')} value={workspaceLink(workspaceId, shared.commentKey)} testId="comment-link" />
      )}
      <div className="actions">
        <button type="button" className="button--danger" onClick={() => setRotating(true)}>{t('rotate.open')}</button>
      </div>
      {rotating && (
        <RotateKeysDialog
          workspaceId={workspaceId}
          workspaceName={workspaceName}
          editKey={currentKey}
          onClose={() => setRotating(false)}
          onRotatingChange={onRotatingChange}
        />
      )}
    </>
  );
}
