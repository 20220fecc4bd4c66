import { LocalDateTimeInput } from './LocalDateTimeInput.tsx';
import { DEFAULT_TARGET_MINUTES, type SessionDraftInput } from '@minga/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { focusOnArrival } from '../../hooks/useFocusOnArrival.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { createSession } from './sessionApi.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';

interface NewSessionDialogProps {
  workspaceId: string;
  accessKey: string;
  onClose: () => void;
}

const MAX_MINUTES = 600;

/** Asks a new session's title, date and duration first, then creates it and opens the composer at its audience. */
export function NewSessionDialog({ workspaceId, accessKey, onClose }: NewSessionDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const uid = useId();
  const dialog = useModalDialog();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_TARGET_MINUTES));
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (draft: SessionDraftInput) => createSession(workspaceId, accessKey, draft),
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions(workspaceId) });
      void navigate(sessionPath(workspaceId, session.id, accessKey), { state: focusOnArrival('session-audience') });
    },
  });
  // Still `creating` once created, while the composer opens.
  const state = create.isPending || create.isSuccess ? 'creating' : create.isError ? { failed: create.error } : 'idle';
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200);
  const target = /^\d{1,3}$/.test(minutes.trim()) ? Number(minutes) : NaN;
  const targetValid = Number.isInteger(target) && target > 0 && target <= MAX_MINUTES;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cleanTitle || !targetValid || state === 'creating') return;
    create.mutate({ title: cleanTitle, targetMinutes: target, ...(date ? { date } : {}) });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${uid}-heading`} data-testid="new-session-dialog" onClose={onClose}>
      <h2 id={`${uid}-heading`}>{t('sessions.newDialog.title')}</h2>
      <form onSubmit={submit} className="session-details">
        <div className="field">
          <label htmlFor={`${uid}-title`}>{t('sessions.newDialog.titleLabel')}</label>
          <input
            id={`${uid}-title`}
            type="text"
            value={title}
            maxLength={200}
            required
            onChange={(event) => setTitle(event.target.value)}
            data-testid="new-session-title"
            autoFocus
          />
        </div>
        <div className="session-details__row">
          <div className="field">
            <label htmlFor={`${uid}-date`}>{t('sessions.newDialog.date')}</label>
            <LocalDateTimeInput kind="date" id={`${uid}-date`} value={date} onChange={setDate} testId="new-session-date" />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-minutes`}>{t('sessions.newDialog.minutes')}</label>
            <input
              id={`${uid}-minutes`}
              type="number"
              inputMode="numeric"
              className="minutes-input"
              min={1}
              max={MAX_MINUTES}
              step={1}
              required
              value={minutes}
              aria-invalid={!targetValid || undefined}
              aria-describedby={`${uid}-minutes-hint`}
              onChange={(event) => setMinutes(event.target.value)}
              data-testid="new-session-minutes"
            />
            <p className="hint" id={`${uid}-minutes-hint`}>
              {targetValid ? formatDuration(t, target) : t('sessions.newDialog.minutesInvalid', { max: MAX_MINUTES })}
            </p>
          </div>
        </div>
        {typeof state === 'object' && <ErrorNotice lead={t('sessions.createFailed')} error={state.failed} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={state === 'creating' || !cleanTitle || !targetValid} data-testid="confirm-new-session">
            {state === 'creating' ? t('sessions.creating') : t('sessions.newDialog.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
