import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { sessionPath } from '../../lib/sessionLinks.ts';
import { deliveryName } from './deliveryName.ts';
import { listDeliveries } from './relayApi.ts';
import './relay.css';

/** The workspace's events as a timeline (Brest → Montpellier → Lille): each session given, the units used and their versions. */
export function DeliveryTimeline({ workspaceId, accessKey }: { workspaceId: string; accessKey: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useQuery({
    queryKey: queryKeys.deliveriesOf(workspaceId, accessKey, null),
    queryFn: ({ signal }) => listDeliveries(workspaceId, accessKey, undefined, signal),
    });

  if (timeline.status === 'pending') return <p className="loading" role="status">{t('relay.loading')}</p>;
  if (timeline.status === 'error') return <ErrorNotice tone="warning" lead={t('relay.failed')} error={timeline.error} />;
  const deliveries = timeline.data;
  if (deliveries.length === 0) return <p className="hint">{t('relay.timeline.empty')}</p>;
  return (
    <ol className="timeline-events" data-testid="delivery-timeline">
      {deliveries.map((d) => (
        <li key={d.id} className="timeline-event" data-testid="timeline-event">
          <strong>{deliveryName(d, i18n.language)}</strong>
          {' '}· <Link to={sessionPath(workspaceId, d.sessionId, accessKey)}>{d.sessionTitle || t('relay.compare.untitled')}</Link>
          {d.facilitators.length > 0 && <> · {t('relay.timeline.facilitators', { names: d.facilitators.join(', ') })}</>}
          {d.participants !== null && <> · {t('relay.participants', { count: d.participants })}</>}
          <ul>
            {d.versions.filter((v) => v.kind === 'unit').map((v) => (
              <li key={v.docId}>{t('relay.timeline.unitVersion', { title: v.title || t('relay.compare.untitled'), version: v.versionId })}</li>
            ))}
          </ul>
          {d.debrief && <p className="hint">{d.debrief}</p>}
        </li>
      ))}
    </ol>
  );
}
