import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { forgetWorkspace, recentWorkspacesStore } from '../lib/recentWorkspaces.ts';
import { workspacePath } from '../lib/workspaceLink.ts';
import { EmptyState } from './EmptyState.tsx';

const RECENT_ROLE_LABELS = { edit: 'recent.roleEdit', comment: 'recent.roleComment', view: 'recent.roleView' } as const;

/** Workspaces opened on this device, newest first, each with its remembered key. */
export function RecentWorkspaces() {
  const { t } = useTranslation();
  const recent = useStoredValue(recentWorkspacesStore);

  if (recent.length === 0) {
    return (
      <EmptyState title={t('recent.emptyTitle')} testId="recent-empty">
        <p>{t('recent.emptyBody')}</p>
      </EmptyState>
    );
  }

  return (
    <ul className="recent-list" data-testid="recent-list">
      {recent.map((entry) => (
        <li key={entry.id} className="recent-list__item">
          <Link to={workspacePath(entry.id, entry.key)} className="recent-list__link">
            {entry.name}
          </Link>
          <span className="badge">{t(RECENT_ROLE_LABELS[entry.role])}</span>
          <button
            type="button"
            className="button--quiet"
            aria-label={t('recent.forgetLabel', { name: entry.name })}
            onClick={() => forgetWorkspace(entry.id)}
          >
            {t('recent.forget')}
          </button>
        </li>
      ))}
    </ul>
  );
}
