import type { Role } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../lib/SyncSession.ts';

/** What the indicator shows; also its `data-status`, which tests wait on. */
export type IndicatorStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'read-only' | 'error';

const TEXT = {
  connecting: { label: 'connection.connecting', detail: 'connection.connectingDetail' },
  connected: { label: 'connection.connected', detail: 'connection.connectedDetail' },
  reconnecting: { label: 'connection.reconnecting', detail: 'connection.reconnectingDetail' },
  offline: { label: 'connection.offline', detail: 'connection.offlineDetail' },
  'read-only': { label: 'connection.readOnly', detail: 'connection.readOnlyDetail' },
  error: { label: 'connection.error', detail: 'connection.errorDetail' },
} as const satisfies Record<IndicatorStatus, { label: string; detail: string }>;

/** Maps the sync state and the key's role to one indicator status. */
export function indicatorStatus(state: SyncState, role: Role): IndicatorStatus {
  switch (state.status) {
    case 'refused':
      return 'error';
    case 'connected':
      return role === 'edit' ? 'connected' : 'read-only';
    default:
      return state.status;
  }
}

interface ConnectionIndicatorProps {
  status: IndicatorStatus;
}

/** A dot and a word saying whether edits are reaching the others. */
export function ConnectionIndicator({ status }: ConnectionIndicatorProps) {
  const { t } = useTranslation();
  return (
    <p
      className={`connection-indicator connection-indicator--${status}`}
      role="status"
      data-testid="connection-indicator"
      data-status={status}
      title={t(TEXT[status].detail)}
    >
      <span className="connection-indicator__dot" aria-hidden="true" />
      <span>{t(TEXT[status].label)}</span>
      <span className="visually-hidden">{t(TEXT[status].detail)}</span>
    </p>
  );
}
