import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
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

type Which = 'both' | 'comment';

type Rotated = { which: 'comment'; commentKey: string } | { which: 'both'; name: string; editKey: string; viewKey: string };

type Step =
  | { name: 'confirm' }
  | { name: 'rotating' }
  | { name: 'done'; editKey: string; viewKey: string }
  | { name: 'commentDone'; commentKey: string }
  | { name: 'failed'; error: unknown };

/**
 * Asks which links to replace (the edit and view links, or the comment link alone, say after a
 * review), asks for confirmation, then shows the new links.
 */
export function RotateKeysDialog({ workspaceId, workspaceName, editKey, onClose, onRotatingChange }: RotateKeysDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const name = useId();
  const [which, setWhich] = useState<Which>('both');
  const queryClient = useQueryClient();
  const rotation = useMutation({
    mutationFn: async (which: Which): Promise<Rotated> => {
      if (which === 'comment') {
        const rotated = await rotateKeys(workspaceId, editKey, 'comment');
        if (!rotated.commentKey) throw new Error('key missing from the answer');
        return { which, commentKey: rotated.commentKey };
      }
      const rotated = await rotateKeys(workspaceId, editKey, 'both');
      if (!rotated.editKey || !rotated.viewKey) throw new Error('keys missing from the answer');
      return { which, name: rotated.name, editKey: rotated.editKey, viewKey: rotated.viewKey };
    },
    // The comment key alone leaves the edit key, so this page's own socket is not cut.
    onMutate: (which) => which === 'both' && onRotatingChange(true),
    onSuccess: (rotated) => {
      // The links the server recovers are the new keys' now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.links(workspaceId) });
      if (rotated.which === 'comment') return;
      rememberWorkspace({ id: workspaceId, name: rotated.name, key: rotated.editKey, role: 'edit', viewKey: rotated.viewKey });
      // The old key is dead: the address bar must hold the new one.
      void navigate(workspacePath(workspaceId, rotated.editKey), { replace: true });
    },
    onSettled: (_rotated, _error, which) => which === 'both' && onRotatingChange(false),
  });
  const step: Step = rotation.isPending ? { name: 'rotating' }
    : rotation.isSuccess ? (rotation.data.which === 'comment' ? { name: 'commentDone', commentKey: rotation.data.commentKey } : { name: 'done', editKey: rotation.data.editKey, viewKey: rotation.data.viewKey })
    : rotation.isError ? { name: 'failed', error: rotation.error }
    : { name: 'confirm' };
  const rotate = () => rotation.mutate(which);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="rotate-title"
      data-testid="rotate-dialog"
      onClose={onClose}
    >
      <h2 id="rotate-title">{t('rotate.title')}</h2>
      {step.name === 'commentDone' ? (
        <>
          <p className="notice notice--warning">{t('rotate.commentDoneWarning')}</p>
          <CopyField label={t('share.commentLink')} hint={t('share.commentHint')} value={workspaceLink(workspaceId, step.commentKey)} testId="new-comment-link" />
          <div className="actions">
            <button type="button" className="button--primary" onClick={onClose} autoFocus>{t('common.close')}</button>
          </div>
        </>
      ) : step.name === 'done' ? (
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
          <fieldset className="rotate__which" disabled={step.name === 'rotating'}>
            <legend>{t('rotate.which')}</legend>
            <label className="checkbox">
              <input type="radio" name={name} value="both" checked={which === 'both'} onChange={() => setWhich('both')} data-testid="rotate-which-both" />
              {t('rotate.whichBoth')}
            </label>
            <label className="checkbox">
              <input type="radio" name={name} value="comment" checked={which === 'comment'} onChange={() => setWhich('comment')} data-testid="rotate-which-comment" />
              {t('rotate.whichComment')}
            </label>
          </fieldset>
          <p>{which === 'both' ? t('rotate.explanation', { name: workspaceName }) : t('rotate.commentExplanation', { name: workspaceName })}</p>
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
