import type { Delivery, SessionLineage } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { useComposer } from '../composer/ComposerContext.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { ChangesSince } from './ChangesSince.tsx';
import { DeliverDialog } from './DeliverDialog.tsx';
import { HandoverList } from './HandoverList.tsx';
import { LineageChain } from './LineageChain.tsx';
import { sessionLineage } from './relayApi.ts';
import './relay.css';

type Lineage = SessionLineage['lineage'];

/**
 * The relay between events on a session's page: the chain of sessions it continues (Brest →
 * Montpellier → Lille) with their deliveries, marking this one delivered, what changed in its
 * units since a delivery, and the handover it took over.
 */
export function SessionRelayPanel() {
  const { t } = useTranslation();
  const { workspaceId, accessKey, sessionId, session, units, authorName } = useComposer();
  const { editable } = useDocEditor();
  const [lineage, setLineage] = useState<Lineage | { failed: unknown } | null>(null);
  const [reload, setReload] = useState(0);
  const [delivering, setDelivering] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    sessionLineage(workspaceId, accessKey, sessionId, abort.signal).then(setLineage, (error: unknown) => {
      if (!abort.signal.aborted) setLineage({ failed: error });
    });
    return () => abort.abort();
  }, [workspaceId, accessKey, sessionId, reload]);

  const deliveries: Delivery[] = Array.isArray(lineage) ? lineage.flatMap((s) => s.deliveries) : [];
  const docs = [
    { id: sessionId, title: t('relay.since.thisSession'), viaLineage: true },
    ...[...units.lookup].flatMap(([id, unit]) => (unit ? [{ id, title: unit.title || t('relay.compare.untitled') }] : [])),
  ];

  return (
    <section className="card relay" aria-labelledby="relay-title" data-testid="session-relay">
      <h2 id="relay-title">{t('relay.title')}</h2>
      {lineage === null && <p className="loading" role="status">{t('relay.loading')}</p>}
      {lineage !== null && !Array.isArray(lineage) && <ErrorNotice tone="warning" lead={t('relay.failed')} error={lineage.failed} />}
      {Array.isArray(lineage) && <LineageChain lineage={lineage} currentId={sessionId} />}
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
          onDelivered={() => {
            setDelivering(false);
            setReload((n) => n + 1);
          }}
          onClose={() => setDelivering(false)}
        />
      )}
    </section>
  );
}
