import type { Delivery } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { ChangesSince } from './ChangesSince.tsx';
import { listDeliveries } from './relayApi.ts';
import './relay.css';

/** On a unit's page: the deliveries that used it, and what changed in it since one of them. */
export function UnitChangesSince({ workspaceId, accessKey, unitId, title }: { workspaceId: string; accessKey: string; unitId: string; title: string }) {
  const { t } = useTranslation();
  const [deliveries, setDeliveries] = useState<Delivery[] | { failed: unknown } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    listDeliveries(workspaceId, accessKey, unitId, abort.signal).then(setDeliveries, (error: unknown) => {
      if (!abort.signal.aborted) setDeliveries({ failed: error });
    });
    return () => abort.abort();
  }, [workspaceId, accessKey, unitId]);

  if (deliveries === null) return <p className="loading" role="status">{t('relay.loading')}</p>;
  if (!Array.isArray(deliveries)) return <ErrorNotice tone="warning" lead={t('relay.failed')} error={deliveries.failed} />;
  return (
    <div data-testid="unit-changes-since">
      <ChangesSince workspaceId={workspaceId} accessKey={accessKey} deliveries={deliveries} docs={[{ id: unitId, title }]} />
    </div>
  );
}
