import type { WorkspaceWithKeys } from '@minga/schema';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { workspaceLink, workspacePath } from '../lib/workspaceLink.ts';
import { CopyField } from './CopyField.tsx';

interface CreatedWorkspaceProps {
  workspace: WorkspaceWithKeys;
}

/** The new workspace's two links, shown once, with a warning to keep them. */
export function CreatedWorkspace({ workspace }: CreatedWorkspaceProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="created-workspace" data-testid="created-workspace">
      <h3 id="created-title" ref={heading} tabIndex={-1}>
        {t('created.title', { name: workspace.name })}
      </h3>
      <p className="notice notice--warning">{t('created.warning')}</p>
      <CopyField label={t('share.editLink')} hint={t('share.editHint')} value={workspaceLink(workspace.id, workspace.editKey)} testId="created-edit-link" />
      <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={workspaceLink(workspace.id, workspace.viewKey)} testId="created-view-link" />
      <div className="actions">
        <Link className="button button--primary" to={workspacePath(workspace.id, workspace.editKey)}>
          {t('created.open')}
        </Link>
      </div>
    </div>
  );
}
