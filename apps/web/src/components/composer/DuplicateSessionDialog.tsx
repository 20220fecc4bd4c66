import type { SessionSummary } from '@minga/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { duplicateSession } from './sessionApi.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';
import { LocalDateTimeInput } from './LocalDateTimeInput.tsx';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface DuplicateSessionDialogProps {
  workspaceId: string;
  accessKey: string;
  session: SessionSummary;
  onClose: () => void;
}

/** Copies a session for the next event (same units and objectives, no next steps), under a new title and date, and opens the copy. */
export function DuplicateSessionDialog({ workspaceId, accessKey, session, onClose }: DuplicateSessionDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const uid = useId();
  const dialog = useModalDialog();
  const [title, setTitle] = useState(session.title);
  const [date, setDate] = useState('');
  const queryClient = useQueryClient();
  const copy = useMutation({
    mutationFn: (body: { title: string; date?: string }) => duplicateSession(workspaceId, accessKey, session.id, body),
    onSuccess: (copied) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions(workspaceId) });
      void navigate(sessionPath(workspaceId, copied.id, accessKey));
    },
  });
  // Still `copying` once copied, while the copy opens.
  const state = copy.isPending || copy.isSuccess ? 'copying' : copy.isError ? { failed: copy.error } : 'idle';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    copy.mutate({ title: title.replace(/[\r\n]+/g, ' ').slice(0, 200), ...(date ? { date } : {}) });
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${uid}-heading`} data-testid="duplicate-session-dialog" onClose={onClose}>
      <h2 id={`${uid}-heading`}>{t('sessions.duplicateDialog.title')}</h2>
      <p>{t('sessions.duplicateDialog.body')}</p>
      <form onSubmit={submit} className="session-details">
        <div className="field">
          <label htmlFor={`${uid}-title`}>{t('sessions.duplicateDialog.newTitle')}</label>
          <input id={`${uid}-title`} type="text" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} data-testid="duplicate-title" autoFocus />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-date`}>{t('sessions.duplicateDialog.newDate')}</label>
          <LocalDateTimeInput kind="date" id={`${uid}-date`} value={date} onChange={setDate} testId="duplicate-date" />
        </div>
        {typeof state === 'object' && <ErrorNotice lead={t('sessions.duplicateDialog.failed')} error={state.failed} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={state === 'copying'} data-testid="confirm-duplicate-session">
            {state === 'copying' ? t('sessions.duplicateDialog.copying') : t('sessions.duplicateDialog.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
