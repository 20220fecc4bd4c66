import type { UnitSummary } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { unitPath } from '../../lib/unitLink.ts';

interface LibraryUnitCardProps {
  workspaceId: string;
  accessKey: string;
  unit: UnitSummary;
  /** Shown to editors: opens the fork dialog for this unit. */
  onFork?: (unit: UnitSummary) => void;
}

/** Where a fork's source can be opened: the public page for a catalogue unit, else the unit's page here. */
export function forkSourcePath(workspaceId: string, accessKey: string, from: NonNullable<UnitSummary['forkedFrom']>): string {
  return from.catalogueId ? `/c/${encodeURIComponent(from.catalogueId)}` : unitPath(workspaceId, from.unitId, accessKey);
}

const REVIEW_LABELS = { draft: 'review.state.draft', in_review: 'review.state.in_review', ready: 'review.state.ready' } as const;

/** A search result: title, three-line description, hashtags, duration, review state, last change, contributors, lineage. */
export function LibraryUnitCard({ workspaceId, accessKey, unit, onFork }: LibraryUnitCardProps) {
  const { t, i18n } = useTranslation();
  const title = unit.title.trim() || t('unit.untitled');
  return (
    <article className="library-card" data-testid="library-card" data-unit-id={unit.id}>
      <h3 className="library-card__title">
        <Link to={unitPath(workspaceId, unit.id, accessKey)}>{title}</Link>
      </h3>
      {unit.forkedFrom && (
        <p className="library-card__lineage">
          <Link className="badge badge--fork" to={forkSourcePath(workspaceId, accessKey, unit.forkedFrom)} data-testid="forked-from-badge">
            {t('libraryPage.card.forkedFrom')}
          </Link>
        </p>
      )}
      {unit.description && <p className="library-card__description">{unit.description}</p>}
      {unit.hashtags.length > 0 && (
        <ul className="library-tags" aria-label={t('libraryPage.card.hashtags')}>
          {unit.hashtags.map((tag) => <li key={tag}>#{tag}</li>)}
        </ul>
      )}
      <dl className="library-card__facts">
        <div>
          <dt>{t('libraryPage.card.duration')}</dt>
          <dd data-testid="library-card-minutes">{formatDuration(t, unit.minutes)}</dd>
        </div>
        <div>
          <dt>{t('libraryPage.card.review')}</dt>
          <dd data-testid="library-card-review" data-state={unit.review}>{t(REVIEW_LABELS[unit.review])}</dd>
        </div>
        <div>
          <dt>{t('libraryPage.card.updated')}</dt>
          <dd><time dateTime={unit.updatedAt}>{formatDateTime(unit.updatedAt, i18n.language)}</time></dd>
        </div>
        {unit.contributors.length > 0 && (
          <div>
            <dt>{t('libraryPage.card.contributors')}</dt>
            <dd>{unit.contributors.join(', ')}</dd>
          </div>
        )}
      </dl>
      {onFork && (
        <div className="library-card__actions">
          <button type="button" onClick={() => onFork(unit)} data-testid="fork-unit">
            {t('fork.action')}
            <span className="visually-hidden">{t('fork.actionOf', { title })}</span>
          </button>
        </div>
      )}
    </article>
  );
}
