import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../lib/saveState.ts';
import './fields.css';

const TEXT = {
  offline: { label: 'save.offline', detail: 'save.offlineDetail' },
  syncing: { label: 'save.syncing', detail: 'save.syncingDetail' },
  saved: { label: 'save.saved', detail: 'save.savedDetail' },
} as const satisfies Record<SaveState, { label: string; detail: string }>;

interface SaveStatusProps {
  state: SaveState;
}

/** "Offline", "Syncing…" or "Saved", announced politely as it changes. */
export function SaveStatus({ state }: SaveStatusProps) {
  const { t } = useTranslation();
  return (
    <p className={`save-status save-status--${state}`} role="status" data-testid="save-status" data-status={state} title={t(TEXT[state].detail)}>
      <span aria-hidden="true" className="save-status__icon">{state === 'saved' ? '✓' : state === 'syncing' ? '↻' : '⚠'}</span>
      <span>{t(TEXT[state].label)}</span>
      <span className="visually-hidden">{t(TEXT[state].detail)}</span>
    </p>
  );
}
