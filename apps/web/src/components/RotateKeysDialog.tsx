import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { rotateKeys } from '../api/apiClient.ts';
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
  /** The comment key was replaced: the links shown must be read again. */
  onCommentKeyRotated: () => void;
}

type Which = 'both' | 'comment';

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
export function RotateKeysDialog({ workspaceId, workspaceName, editKey, onClose, onRotatingChange, onCommentKeyRotated }: RotateKeysDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const name = useId();
  const [step, setStep] = useState<Step>({ name: 'confirm' });
  const [which, setWhich] = useState<Which>('both');

  async function rotate() {
    setStep({ name: 'rotating' });
    if (which === 'comment') {
      // The edit key stays: this page's own socket is not cut.
      try {
        const rotated = await rotateKeys(workspaceId, editKey, 'comment');
        if (!rotated.commentKey) throw new Error('key missing from the answer');
        setStep({ name: 'commentDone', commentKey: rotated.commentKey });
        onCommentKeyRotated();
      } catch (error) {
        setStep({ name: 'failed', error });
      }
      return;
    }
    onRotatingChange(true);
    try {
      const rotated = await rotateKeys(workspaceId, editKey, 'both');
      if (!rotated.editKey || !rotated.viewKey) throw new Error('keys missing from the answer');
      rememberWorkspace({ id: workspaceId, name: rotated.name, key: rotated.editKey, role: 'edit', viewKey: rotated.viewKey });
      // The old key is dead: the address bar must hold the new one.
      void navigate(workspacePath(workspaceId, rotated.editKey), { replace: true });
      setStep({ name: 'done', editKey: rotated.editKey, viewKey: rotated.viewKey });
    } catch (error) {
      setStep({ name: 'failed', error });
    } finally {
      onRotatingChange(false);
    }
  }

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
            <button type="button" className="button--danger" onClick={() => void rotate()} disabled={step.name === 'rotating'}>
              {step.name === 'rotating' ? t('rotate.rotating') : t('rotate.confirm')}
            </button>
            <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
