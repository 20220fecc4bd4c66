import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface DeleteSlideDialogProps {
  number: number;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting a slide, and points to hiding as the way to keep it out of the deck. */
export function DeleteSlideDialog({ number, onConfirm, onClose }: DeleteSlideDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-slide-title" data-testid="delete-slide-dialog" onClose={onClose}>
      <h2 id="delete-slide-title">{t('slides.delete.title', { number })}</h2>
      <p>{t('slides.delete.explanation')}</p>
      <div className="actions">
        <button type="button" className="button--danger" onClick={onConfirm}>{t('slides.delete.confirm')}</button>
        <button type="button" onClick={onClose} autoFocus>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
