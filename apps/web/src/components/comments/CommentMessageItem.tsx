import { deleteMessage, editMessage } from '@minga/doc-model';
import type { CommentMessage } from '@minga/schema';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { CommentTextArea } from './CommentTextArea.tsx';

interface CommentMessageItemProps {
  commentsDoc: Y.Doc;
  threadId: string;
  message: CommentMessage;
  /** Written by this person: they may edit or delete it. */
  mine: boolean;
}

/** A message of a thread: who, when, what; its author edits or deletes it in place. */
export function CommentMessageItem({ commentsDoc, threadId, message, mine }: CommentMessageItemProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || !draft.trim()) return;
    editMessage(commentsDoc, threadId, message.id, message.author, draft, new Date().toISOString());
    setDraft(null);
  };
  return (
    <div className="comment" data-testid="comment-message">
      <p className="comment__meta">
        <strong>{message.author}</strong>{' · '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, i18n.language)}</time>
        {message.editedAt && !message.deleted && <> · {t('comments.edited')}</>}
      </p>
      {message.deleted ? (
        <p className="comment__text comment__text--deleted">{t('comments.deleted')}</p>
      ) : draft !== null ? (
        <form onSubmit={save} className="comment__edit">
          <CommentTextArea id={`edit-${message.id}`} label={t('comments.editLabel')} labelHidden value={draft} rows={2} onChange={setDraft} />
          <div className="inline-form">
            <button type="submit" disabled={!draft.trim()}>{t('comments.save')}</button>
            <button type="button" className="button--quiet" onClick={() => setDraft(null)}>{t('common.cancel')}</button>
          </div>
        </form>
      ) : (
        <p className="comment__text" data-testid="comment-text">{message.text}</p>
      )}
      {mine && !message.deleted && draft === null && (
        <div className="inline-form">
          <button type="button" className="button--quiet" onClick={() => setDraft(message.text)} data-testid="comment-edit">{t('comments.edit')}</button>
          <button
            type="button"
            className="button--quiet"
            onClick={() => deleteMessage(commentsDoc, threadId, message.id, message.author, new Date().toISOString())}
            data-testid="comment-delete"
          >
            {t('comments.delete')}
          </button>
        </div>
      )}
    </div>
  );
}
