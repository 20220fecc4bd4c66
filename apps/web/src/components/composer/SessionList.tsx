import type { Role, SessionSummary } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOffline } from '../../api/ApiError.ts';
import { Link } from 'react-router';
import { useSessionList } from '../../hooks/useSessionList.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { EmptyState } from '../EmptyState.tsx';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { DeleteSessionDialog } from './DeleteSessionDialog.tsx';
import { DuplicateSessionDialog } from './DuplicateSessionDialog.tsx';
import { NewSessionDialog } from './NewSessionDialog.tsx';
import { formatSessionDate } from './sessionFormat.ts';
import { runSheetPath, sessionPath } from '../../lib/sessionLinks.ts';
import './composer.css';

interface SessionListProps {
  workspaceId: string;
  accessKey: string;
  role: Role;
}

function SessionCard({ workspaceId, accessKey, role, session, onDuplicate, onDelete }: SessionListProps & {
  session: SessionSummary;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const title = session.title.trim() || t('composer.untitled');
  const over = session.minutes > session.targetMinutes;
  return (
    <article className="session-card" data-testid="session-card" data-session-id={session.id}>
      <h3 className="session-card__title">
        <Link to={sessionPath(workspaceId, session.id, accessKey)}>{title}</Link>
      </h3>
      <dl className="session-card__facts">
        {session.date && (
          <div>
            <dt>{t('sessions.date')}</dt>
            <dd><time dateTime={session.date} data-testid="session-card-date">{formatSessionDate(session.date, i18n.language, 'medium')}</time></dd>
          </div>
        )}
        {session.audience.trim() && (
          <div>
            <dt>{t('sessions.audience')}</dt>
            <dd>{session.audience}</dd>
          </div>
        )}
        <div>
          <dt>{t('sessions.duration')}</dt>
          <dd className={over ? 'session-card__over' : undefined} data-testid="session-card-duration">
            {t('sessions.plannedOfTarget', { planned: formatDuration(t, session.minutes), target: formatDuration(t, session.targetMinutes) })}
          </dd>
        </div>
      </dl>
      <div className="session-card__actions">
        <Link className="button button--quiet" to={runSheetPath(workspaceId, session.id, accessKey)}>{t('sessions.runSheet')}</Link>
        {role === 'edit' && (
          <>
            <button type="button" onClick={onDuplicate} aria-label={t('sessions.duplicateLabel', { title })} data-testid="duplicate-session">
              {t('sessions.duplicate')}
            </button>
            <button type="button" className="button--danger" onClick={onDelete} aria-label={t('sessions.deleteLabel', { title })} data-testid="delete-session">
              {t('sessions.delete')}
            </button>
          </>
        )}
      </div>
    </article>
  );
}

/** The workspace's sessions (date, audience, planned duration against the target), a button to start one, duplicate and delete. */
export function SessionList({ workspaceId, accessKey, role }: SessionListProps) {
  const { t } = useTranslation();
  const list = useSessionList(workspaceId, accessKey);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'duplicate' | 'delete'; session: SessionSummary } | null>(null);
  return (
    <div className="session-list-panel">
      {role === 'edit' && (
        <div className="new-session">
          <button type="button" className="button--primary" onClick={() => setCreating(true)} aria-haspopup="dialog" data-testid="new-session">
            {t('sessions.new')}
          </button>
          {creating && <NewSessionDialog workspaceId={workspaceId} accessKey={accessKey} onClose={() => setCreating(false)} />}
        </div>
      )}
      {list.status === 'pending' && <p className="loading" role="status">{t('sessions.loading')}</p>}
      {list.status === 'error' && (isOffline(list.error)
        ? <p className="notice notice--warning" role="alert">{t('sessions.offline')}</p>
        : <ErrorNotice tone="warning" lead={t('sessions.failed')} error={list.error} />)}
      {list.status === 'success' && list.data.length === 0 && (
        <EmptyState title={t('sessions.emptyTitle')} testId="sessions-empty">
          <p>{role === 'edit' ? t('sessions.emptyBody') : t('sessions.emptyBodyReadOnly')}</p>
        </EmptyState>
      )}
      {list.status === 'success' && list.data.length > 0 && (
        <ul className="session-list" data-testid="session-list">
          {list.data.map((session) => (
            <li key={session.id}>
              <SessionCard
                workspaceId={workspaceId}
                accessKey={accessKey}
                role={role}
                session={session}
                onDuplicate={() => setDialog({ kind: 'duplicate', session })}
                onDelete={() => setDialog({ kind: 'delete', session })}
              />
            </li>
          ))}
        </ul>
      )}
      {dialog?.kind === 'duplicate' && (
        <DuplicateSessionDialog workspaceId={workspaceId} accessKey={accessKey} session={dialog.session} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteSessionDialog
          workspaceId={workspaceId}
          accessKey={accessKey}
          session={dialog.session}
          onClose={() => setDialog(null)}
          onDeleted={() => setDialog(null)}
        />
      )}
    </div>
  );
}
