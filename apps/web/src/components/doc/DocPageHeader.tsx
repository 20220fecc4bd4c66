import type { WorkspaceInfo } from '@minga/schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncState } from '../../lib/SyncSession.ts';
import { saveState } from '../../lib/saveState.ts';
import { workspacePath } from '../../lib/workspaceLink.ts';
import { ConnectionIndicator, indicatorStatus } from '../ConnectionIndicator.tsx';
import { CommentModeBanner } from '../CommentModeBanner.tsx';
import { ReadOnlyBadge } from '../ReadOnlyBadge.tsx';
import { SyncRefusedNotice } from '../SyncRefusedNotice.tsx';
import { SaveStatus } from '../fields/SaveStatus.tsx';
import './docPage.css';

/** Past this many characters a title takes the whole width, in smaller type, and the buttons go below it. */
const LONG_TITLE_CHARS = 60;

interface DocPageHeaderProps {
  info: WorkspaceInfo;
  accessKey: string;
  breadcrumbLabel: string;
  eyebrow: string;
  title: string;
  headingTestId: string;
  state: SyncState;
  /** The server could not be reached: the page shows this device's copy. */
  offline: boolean;
  /** Whether this person may edit (edit key, sync not refused): only then is saving shown. */
  editable: boolean;
  actions: ReactNode;
}

/**
 * The top of a unit's or a session's page: the way back to the workspace, the document's title,
 * its connection and save state, its actions, and why it cannot sync when it cannot.
 */
export function DocPageHeader({ info, accessKey, breadcrumbLabel, eyebrow, title, headingTestId, state, offline, editable, actions }: DocPageHeaderProps) {
  const { t } = useTranslation();
  const save = editable ? saveState(state) : null;
  return (
    <>
      <nav aria-label={breadcrumbLabel} className="breadcrumb">
        <Link to={workspacePath(info.id, accessKey)} data-testid="breadcrumb-workspace">{info.name}</Link>
      </nav>
      <header className={`unit-header${Array.from(title).length > LONG_TITLE_CHARS ? ' unit-header--long-title' : ''}`} data-testid="doc-page-header">
        <div className="unit-header__title">
          <p className="eyebrow">{eyebrow}</p>
          <h1 data-testid={headingTestId}>{title}</h1>
        </div>
        <div className="unit-header__status">
          {info.role === 'view' && <ReadOnlyBadge />}
          <ConnectionIndicator status={indicatorStatus(state, info.role)} />
          {save && <SaveStatus state={save} />}
        </div>
        <div className="unit-header__actions">{actions}</div>
      </header>
      {info.role === 'comment' && <CommentModeBanner />}
      {offline && <p className="notice">{t('workspace.offlineInfo')}</p>}
      {state.status === 'refused' && state.closeCode !== null && <SyncRefusedNotice closeCode={state.closeCode} />}
    </>
  );
}
