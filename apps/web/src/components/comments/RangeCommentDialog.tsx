import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../hooks/useModalDialog.ts';
import { CommentTextArea } from './CommentTextArea.tsx';

interface RangeCommentDialogProps {
  /** The selected words the thread will point at. */
  quote: string;
  /** Opens the thread with this first message. */
  onSubmit: (text: string) => void;
  onClose: () => void;
}

/** Opens a thread on words selected in a slide: shows them, asks for the first message. */
export function RangeCommentDialog({ quote, onSubmit, onClose }: RangeCommentDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSubmit(text);
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} data-testid="range-comment-dialog" onClose={onClose}>
      <form onSubmit={submit} className="comments__new">
        <h2 id={`${id}-title`}>{t('comments.range.title')}</h2>
        <blockquote className="comment-thread__quote" data-testid="range-comment-quote">{quote}</blockquote>
        <CommentTextArea
          id={`${id}-text`}
          label={t('comments.new.text')}
          value={text}
          rows={3}
          onChange={setText}
          placeholder={t('comments.new.placeholder')}
          testId="range-comment-text"
          autoFocus
        />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={!text.trim()} data-testid="range-comment-submit">{t('comments.new.submit')}</button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
