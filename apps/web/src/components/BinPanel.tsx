import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreUnit } from '../api/unitApi.ts';
import { useBin } from '../hooks/useBin.ts';
import { formatDateTime } from '../lib/formatDateTime.ts';

interface BinPanelProps {
  workspaceId: string;
  accessKey: string;
  onRestored: () => void;
}

/** Deleted units, kept in a bin from which any editor can bring them back. */
export function BinPanel({ workspaceId, accessKey, onRestored }: BinPanelProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { result, reload } = useBin(workspaceId, accessKey, open);
  const [failed, setFailed] = useState(false);
  const restore = (unitId: string) => {
    setFailed(false);
    restoreUnit(workspaceId, accessKey, unitId).then(
      () => {
        reload();
        onRestored();
      },
      () => setFailed(true),
    );
  };
  return (
    <details className="bin" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="bin">
      <summary>{t('bin.title')}</summary>
      {result.status === 'loading' && <p className="loading" role="status">{t('bin.loading')}</p>}
      {result.status === 'error' && <p className="notice notice--warning" role="alert">{t('bin.failed')}</p>}
      {failed && <p className="notice notice--error" role="alert">{t('bin.restoreFailed')}</p>}
      {result.status === 'ready' && result.items.length === 0 && <p className="hint">{t('bin.empty')}</p>}
      {result.status === 'ready' && result.items.length > 0 && (
        <ul className="bin__list" data-testid="bin-list">
          {result.items.map((item) => {
            const title = item.title.trim() || t('unit.untitled');
            return (
              <li key={item.id} className="bin__item" data-unit-id={item.id}>
                <span className="bin__title">{title}</span>
                <span className="hint">{t('bin.deletedAt', { date: formatDateTime(item.deletedAt, i18n.language) })}</span>
                <button type="button" onClick={() => restore(item.id)} aria-label={t('bin.restoreLabel', { title })} data-testid="restore-unit">
                  {t('bin.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
