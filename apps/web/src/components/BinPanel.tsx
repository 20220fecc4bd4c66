import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/queryKeys.ts';
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
}

const KIND_LABELS = { unit: 'bin.kindUnit', session: 'bin.kindSession' } as const;
const UNTITLED = { unit: 'unit.untitled', session: 'composer.untitled' } as const;
const RESTORE_FAILED = { unit: 'bin.restoreFailed', session: 'bin.restoreSessionFailed' } as const;

/** Deleted units and sessions, kept in a bin from which any editor can bring them back. */
export function BinPanel({ workspaceId, accessKey }: BinPanelProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const bin = useBin(workspaceId, accessKey, open);
  const [restored, setRestored] = useState('');
  const restoring = useMutation({
    mutationFn: ({ kind, item }: { kind: 'unit' | 'session'; item: BinItem; title: string }) =>
      (kind === 'session' ? restoreSession : restoreUnit)(workspaceId, accessKey, item.id),
    onMutate: () => setRestored(''),
    onSuccess: (_, { kind, title }) => {
        setRestored(t('bin.restored', { title }));
      // The doc leaves the bin and comes back to its list.
      void queryClient.invalidateQueries({ queryKey: queryKeys.bin(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: kind === 'unit' ? queryKeys.units(workspaceId) : queryKeys.sessions(workspaceId) });
      },
  });
  const failed = restoring.isError ? { kind: restoring.variables.kind, error: restoring.error } : null;
  const restore = (item: BinItem, title: string) => restoring.mutate({ kind: item.kind === 'session' ? 'session' : 'unit', item, title });
  return (
    <details className="bin" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="bin">
      <summary>{t('bin.title')}</summary>
      <p className="hint">{t('bin.explanation')}</p>
      {open && bin.status === 'pending' && <p className="loading" role="status">{t('bin.loading')}</p>}
      {bin.status === 'error' && <ErrorNotice tone="warning" lead={t('bin.failed')} error={bin.error} />}
      {failed && <ErrorNotice lead={t(RESTORE_FAILED[failed.kind])} error={failed.error} />}
      <p className="visually-hidden" role="status">{restored}</p>
      {bin.status === 'success' && bin.data.length === 0 && <p className="hint" data-testid="bin-empty">{t('bin.empty')}</p>}
      {bin.status === 'success' && bin.data.length > 0 && (
        <ul className="bin__list" data-testid="bin-list">
          {bin.data.map((item) => {
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
