import type { SessionLineage } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useComposer } from '../composer/ComposerContext.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';
import { deliveryName } from './deliveryName.ts';

/** The sessions this one continues, oldest first, each with where and when it was given. */
export function LineageChain({ lineage, currentId }: { lineage: SessionLineage['lineage']; currentId: string }) {
  const { t, i18n } = useTranslation();
  const { workspaceId, accessKey } = useComposer();
  return (
    <ol className="lineage" data-testid="session-lineage" aria-label={t('relay.lineage')}>
      {lineage.map((entry) => (
        <li key={entry.id} className="lineage__session" data-testid="lineage-session" aria-current={entry.id === currentId ? 'page' : undefined}>
          {entry.id === currentId || entry.missing
            ? <strong>{entry.title || t('relay.compare.untitled')}</strong>
            : <Link to={sessionPath(workspaceId, entry.id, accessKey)}>{entry.title || t('relay.compare.untitled')}</Link>}
          {entry.missing && <span className="hint"> ({t('relay.missing')})</span>}
          {entry.deliveries.length === 0
            ? <span className="hint"> · {t('relay.notDelivered')}</span>
            : entry.deliveries.map((d) => (
              <span key={d.id} className="lineage__delivery" data-testid="lineage-delivery">
                {' '}· {t('relay.deliveredAt', { name: deliveryName(d, i18n.language) })}
                {d.participants !== null && <> · {t('relay.participants', { count: d.participants })}</>}
              </span>
            ))}
        </li>
      ))}
    </ol>
  );
}
