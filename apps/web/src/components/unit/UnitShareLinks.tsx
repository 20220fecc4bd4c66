import type { Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { useSharedKeys } from '../../hooks/useSharedKeys.ts';
import { unitLink } from '../../lib/unitLink.ts';
import { CopyField } from '../CopyField.tsx';

interface UnitShareLinksProps {
  workspaceId: string;
  unitId: string;
  accessKey: string;
  role: Role;
}

/** The unit's own links: to write it together, to comment on it, and to follow it read-only. */
export function UnitShareLinks({ workspaceId, unitId, accessKey, role }: UnitShareLinksProps) {
  const { t } = useTranslation();
  const { viewKey, commentKey } = useSharedKeys(workspaceId, accessKey, role);
  if (role === 'view') {
    return <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={unitLink(workspaceId, unitId, accessKey)} testId="unit-view-link" />;
  }
  if (role === 'comment') {
    return <CopyField label={t('share.commentLink')} hint={t('share.commentHint')} value={unitLink(workspaceId, unitId, accessKey)} testId="unit-comment-link" />;
  }
  return (
    <>
      <CopyField label={t('share.editLink')} hint={t('share.editHint')} value={unitLink(workspaceId, unitId, accessKey)} testId="unit-edit-link" />
      {viewKey && <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={unitLink(workspaceId, unitId, viewKey)} testId="unit-view-link" />}
      {commentKey && <CopyField label={t('share.commentLink')} hint={t('share.commentHint')} value={unitLink(workspaceId, unitId, commentKey)} testId="unit-comment-link" />}
    </>
  );
}
