import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreUnit, type BinItem } from '../api/unitApi.ts';
import { useBin } from '../hooks/useBin.ts';
import { formatDateTime } from '../lib/formatDateTime.ts';
import { restoreSession } from './composer/sessionApi.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import './fields/fields.css';
import './unit/unit.css';

interface BinPanelProps {
  workspaceId: string;
  accessKey: string;
  /** Changes when something was just moved to the bin, so an open panel lists it. */
  refreshToken?: number;
  /** A unit or a session is back: the lists showing it should ask again. */
  onRestored: (kind: 'unit' | 'session') => void;
}

const KIND_LABELS = { unit: 'bin.kindUnit', session: 'bin.kindSession' } as const;
const UNTITLED = { unit: 'unit.untitled', session: 'composer.untitled' } as const;
const RESTORE_FAILED = { unit: 'bin.restoreFailed', session: 'bin.restoreSessionFailed' } as const;

/** Deleted units and sessions, kept in a bin from which any editor can bring them back. */
export function BinPanel({ workspaceId, accessKey, refreshToken = 0, onRestored }: BinPanelProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { result, reload } = useBin(workspaceId, accessKey, open, refreshToken);
  const [failed, setFailed] = useState<{ kind: 'unit' | 'session'; error: unknown } | null>(null);
  const [restored, setRestored] = useState('');
  const restore = (item: BinItem, title: string) => {
    const kind = item.kind === 'session' ? 'session' : 'unit';
    setFailed(null);
    setRestored('');
    (kind === 'session' ? restoreSession : restoreUnit)(workspaceId, accessKey, item.id).then(
      () => {
        setRestored(t('bin.restored', { title }));
        reload();
        onRestored(kind);
      },
      (error: unknown) => setFailed({ kind, error }),
    );
  };
  return (
    <details className="bin" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="bin">
      <summary>{t('bin.title')}</summary>
      <p className="hint">{t('bin.explanation')}</p>
      {result.status === 'loading' && <p className="loading" role="status">{t('bin.loading')}</p>}
      {result.status === 'error' && <ErrorNotice tone="warning" lead={t('bin.failed')} error={result.error} />}
      {failed && <ErrorNotice lead={t(RESTORE_FAILED[failed.kind])} error={failed.error} />}
      <p className="visually-hidden" role="status">{restored}</p>
      {result.status === 'ready' && result.items.length === 0 && <p className="hint" data-testid="bin-empty">{t('bin.empty')}</p>}
      {result.status === 'ready' && result.items.length > 0 && (
        <ul className="bin__list" data-testid="bin-list">
          {result.items.map((item) => {
            const kind = item.kind === 'session' ? 'session' : 'unit';
            const title = item.title.trim() || t(UNTITLED[kind]);
            return (
              <li key={`${kind}:${item.id}`} className="bin__item" data-kind={kind} data-unit-id={kind === 'unit' ? item.id : undefined} data-session-id={kind === 'session' ? item.id : undefined}>
                <span className="bin__title">{title}</span>
                <span className="badge">{t(KIND_LABELS[kind])}</span>
                <span className="hint">{t('bin.deletedAt', { date: formatDateTime(item.deletedAt, i18n.language) })}</span>
                <button type="button" onClick={() => restore(item, title)} aria-label={t('bin.restoreLabel', { title })} data-testid={kind === 'session' ? 'restore-session' : 'restore-unit'}>
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
