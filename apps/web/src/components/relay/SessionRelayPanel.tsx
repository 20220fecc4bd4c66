import type { Delivery } from '@minga/schema';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { useComposer } from '../composer/ComposerContext.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { ChangesSince } from './ChangesSince.tsx';
import { DeliverDialog } from './DeliverDialog.tsx';
import { HandoverList } from './HandoverList.tsx';
import { LineageChain } from './LineageChain.tsx';
import { sessionLineage } from './relayApi.ts';
import './relay.css';

/**
 * The relay between events on a session's page: the chain of sessions it continues (Brest →
 * Montpellier → Lille) with their deliveries, marking this one delivered, what changed in its
 * units since a delivery, and the handover it took over.
 */
export function SessionRelayPanel() {
  const { t } = useTranslation();
  const { workspaceId, accessKey, sessionId, session, units, authorName } = useComposer();
  const { editable } = useDocEditor();
  const lineage = useQuery({
    queryKey: queryKeys.sessionLineage(workspaceId, sessionId, accessKey),
    queryFn: ({ signal }) => sessionLineage(workspaceId, accessKey, sessionId, signal),
  });
  const [delivering, setDelivering] = useState(false);

  const deliveries: Delivery[] = lineage.status === 'success' ? lineage.data.flatMap((s) => s.deliveries) : [];
  const docs = [
    { id: sessionId, title: t('relay.since.thisSession'), viaLineage: true },
    ...[...units.lookup].flatMap(([id, unit]) => (unit ? [{ id, title: unit.title || t('relay.compare.untitled') }] : [])),
  ];

  return (
    <section className="card relay" aria-labelledby="relay-title" data-testid="session-relay">
      <h2 id="relay-title">{t('relay.title')}</h2>
      {lineage.status === 'pending' && <p className="loading" role="status">{t('relay.loading')}</p>}
      {lineage.status === 'error' && <ErrorNotice tone="warning" lead={t('relay.failed')} error={lineage.error} />}
      {lineage.status === 'success' && <LineageChain lineage={lineage.data} currentId={sessionId} />}
      {editable && (
        <button type="button" onClick={() => setDelivering(true)} data-testid="open-deliver">{t('relay.deliver.open')}</button>
      )}

      <h3>{t('relay.since.title')}</h3>
      <ChangesSince workspaceId={workspaceId} accessKey={accessKey} deliveries={deliveries} docs={docs} />

      <h3>{t('relay.handover.title')}</h3>
      <HandoverList />

      {delivering && (
        <DeliverDialog
          workspaceId={workspaceId}
          accessKey={accessKey}
          sessionId={sessionId}
          authorName={authorName}
          defaults={{ place: session.place, ...(session.date ? { date: session.date } : {}), facilitators: session.facilitators.map((f) => f.name) }}
          onDelivered={() => setDelivering(false)}
          onClose={() => setDelivering(false)}
        />
      )}
    </section>
  );
}
