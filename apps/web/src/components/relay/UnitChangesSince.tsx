import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { ChangesSince } from './ChangesSince.tsx';
import { listDeliveries } from './relayApi.ts';
import './relay.css';

/** On a unit's page: the deliveries that used it, and what changed in it since one of them. */
export function UnitChangesSince({ workspaceId, accessKey, unitId, title }: { workspaceId: string; accessKey: string; unitId: string; title: string }) {
  const { t } = useTranslation();
  const deliveries = useQuery({
    queryKey: queryKeys.deliveriesOf(workspaceId, accessKey, unitId),
    queryFn: ({ signal }) => listDeliveries(workspaceId, accessKey, unitId, signal),
  });

  if (deliveries.status === 'pending') return <p className="loading" role="status">{t('relay.loading')}</p>;
  if (deliveries.status === 'error') return <ErrorNotice tone="warning" lead={t('relay.failed')} error={deliveries.error} />;
  return (
    <div data-testid="unit-changes-since">
      <ChangesSince workspaceId={workspaceId} accessKey={accessKey} deliveries={deliveries.data} docs={[{ id: unitId, title }]} />
    </div>
  );
}
