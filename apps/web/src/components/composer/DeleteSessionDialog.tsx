import type { SessionSummary } from '@minga/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { deleteSession } from './sessionApi.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface DeleteSessionDialogProps {
  workspaceId: string;
  accessKey: string;
  session: SessionSummary;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before moving a session to the bin (the units it uses stay in the library). */
export function DeleteSessionDialog({ workspaceId, accessKey, session, onClose, onDeleted }: DeleteSessionDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const queryClient = useQueryClient();
  const removal = useMutation({
    mutationFn: () => deleteSession(workspaceId, accessKey, session.id),
    onSuccess: () => {
      // It leaves the list for the bin.
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.bin(workspaceId) });
      onDeleted();
    },
  });
  const state = removal.isPending ? 'deleting' : removal.isError ? { failed: removal.error } : 'confirm';
  const title = session.title.trim() || t('composer.untitled');

  const remove = () => removal.mutate();

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-session-title" data-testid="delete-session-dialog" onClose={onClose}>
      <h2 id="delete-session-title">{t('sessions.deleteDialog.title')}</h2>
      <p>{t('sessions.deleteDialog.body', { title })}</p>
      {typeof state === 'object' && <ErrorNotice lead={t('sessions.deleteDialog.failed')} error={state.failed} />}
      <div className="actions">
        <button type="button" className="button--danger" onClick={remove} disabled={state === 'deleting'} data-testid="confirm-delete-session">
          {state === 'deleting' ? t('sessions.deleteDialog.deleting') : t('sessions.deleteDialog.confirm')}
        </button>
        <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
