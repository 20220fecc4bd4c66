import type { UnitSummary } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { formatDuration } from '../lib/formatDuration.ts';
import { unitPath } from '../lib/unitLink.ts';

interface UnitCardProps {
  workspaceId: string;
  accessKey: string;
  unit: UnitSummary;
}

/** A unit in the library: title, 3-line description, hashtags, duration, last change, contributors. */
export function UnitCard({ workspaceId, accessKey, unit }: UnitCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <article className="unit-card" data-testid="unit-card" data-unit-id={unit.id}>
      <h3 className="unit-card__title">
        <Link to={unitPath(workspaceId, unit.id, accessKey)}>{unit.title.trim() || t('unit.untitled')}</Link>
      </h3>
      {unit.description && <p className="unit-card__description">{unit.description}</p>}
      {unit.hashtags.length > 0 && (
        <ul className="chips chips--small" aria-label={t('unit.hashtags.list')}>
          {unit.hashtags.map((tag) => <li key={tag} className="chip">#{tag}</li>)}
        </ul>
      )}
      <dl className="unit-card__facts">
        <div>
          <dt>{t('unitList.duration')}</dt>
          <dd data-testid="unit-card-minutes">{formatDuration(t, unit.minutes)}</dd>
        </div>
        <div>
          <dt>{t('unitList.updated')}</dt>
          <dd><time dateTime={unit.updatedAt}>{formatDateTime(unit.updatedAt, i18n.language)}</time></dd>
        </div>
        {unit.contributors.length > 0 && (
          <div>
            <dt>{t('unitList.contributors')}</dt>
            <dd>{unit.contributors.join(', ')}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
