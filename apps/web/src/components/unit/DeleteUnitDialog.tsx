import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { deleteUnit } from '../../api/unitApi.ts';
import { workspacePath } from '../../lib/workspaceLink.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface DeleteUnitDialogProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  title: string;
  onClose: () => void;
}

/** Asks before moving the unit to the bin (from where any editor can restore it). */
export function DeleteUnitDialog({ workspaceId, accessKey, unitId, title, onClose }: DeleteUnitDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const queryClient = useQueryClient();
  const removal = useMutation({
    mutationFn: () => deleteUnit(workspaceId, accessKey, unitId),
    onSuccess: () => {
      // It leaves the library for the bin.
      void queryClient.invalidateQueries({ queryKey: queryKeys.units(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.bin(workspaceId) });
      void navigate(workspacePath(workspaceId, accessKey));
    },
  });
  // Still `deleting` once deleted, while the workspace opens.
  const state = removal.isPending || removal.isSuccess ? 'deleting' : removal.isError ? { failed: removal.error } : 'confirm';

  const remove = () => removal.mutate();

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-unit-title" data-testid="delete-unit-dialog" onClose={onClose}>
      <h2 id="delete-unit-title">{t('unit.delete.title')}</h2>
      <p>{t('unit.delete.body', { title })}</p>
      {typeof state === 'object' && <ErrorNotice lead={t('unit.delete.failed')} error={state.failed} />}
      <div className="actions">
        <button type="button" className="button--danger" onClick={remove} disabled={state === 'deleting'} data-testid="confirm-delete-unit">
          {state === 'deleting' ? t('unit.delete.deleting') : t('unit.delete.confirm')}
        </button>
        <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
