import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { rotateKeys } from '../api/apiClient.ts';
import { queryKeys } from '../api/queryKeys.ts';
import { rememberWorkspace } from '../lib/recentWorkspaces.ts';
import { workspaceLink, workspacePath } from '../lib/workspaceLink.ts';
import { CopyField } from './CopyField.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { useModalDialog } from '../hooks/useModalDialog.ts';

interface RotateKeysDialogProps {
  workspaceId: string;
  workspaceName: string;
  editKey: string;
  onClose: () => void;
  /** True from the request until the page uses the new key: the old socket's refusal is expected. */
  onRotatingChange: (rotating: boolean) => void;
}

type Step = { name: 'confirm' } | { name: 'rotating' } | { name: 'done'; editKey: string; viewKey: string } | { name: 'failed'; error: unknown };

/** Asks for confirmation, replaces both keys, then shows the new links. */
export function RotateKeysDialog({ workspaceId, workspaceName, editKey, onClose, onRotatingChange }: RotateKeysDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const queryClient = useQueryClient();
  const rotation = useMutation({
    mutationFn: async () => {
      const rotated = await rotateKeys(workspaceId, editKey);
      if (!rotated.editKey || !rotated.viewKey) throw new Error('keys missing from the answer');
      return { name: rotated.name, editKey: rotated.editKey, viewKey: rotated.viewKey };
    },
    onMutate: () => onRotatingChange(true),
    onSuccess: (rotated) => {
      rememberWorkspace({ id: workspaceId, name: rotated.name, key: rotated.editKey, role: 'edit', viewKey: rotated.viewKey });
      // The links the server recovers are the new keys' now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.links(workspaceId) });
      // The old key is dead: the address bar must hold the new one.
      void navigate(workspacePath(workspaceId, rotated.editKey), { replace: true });
    },
    onSettled: () => onRotatingChange(false),
  });
  const step: Step = rotation.isPending ? { name: 'rotating' }
    : rotation.isSuccess ? { name: 'done', editKey: rotation.data.editKey, viewKey: rotation.data.viewKey }
    : rotation.isError ? { name: 'failed', error: rotation.error }
    : { name: 'confirm' };
  const rotate = () => rotation.mutate();

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="rotate-title"
      data-testid="rotate-dialog"
      onClose={onClose}
    >
      <h2 id="rotate-title">{t('rotate.title')}</h2>
      {step.name === 'done' ? (
        <>
          <p className="notice notice--warning">{t('rotate.doneWarning')}</p>
          <CopyField label={t('share.editLink')} hint={t('share.editHint')} value={workspaceLink(workspaceId, step.editKey)} testId="new-edit-link" />
          <CopyField label={t('share.viewLink')} hint={t('share.viewHint')} value={workspaceLink(workspaceId, step.viewKey)} testId="new-view-link" />
          <div className="actions">
            <button type="button" className="button--primary" onClick={onClose} autoFocus>{t('common.close')}</button>
          </div>
        </>
      ) : (
        <>
          <p>{t('rotate.explanation', { name: workspaceName })}</p>
          {step.name === 'failed' && <ErrorNotice lead={t('rotate.failed')} error={step.error} />}
          <div className="actions">
            <button type="button" className="button--danger" onClick={rotate} disabled={step.name === 'rotating'}>
              {step.name === 'rotating' ? t('rotate.rotating') : t('rotate.confirm')}
            </button>
            <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
