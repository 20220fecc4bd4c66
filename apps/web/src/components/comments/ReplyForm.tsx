import { replyToThread } from '@minga/doc-model';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { CommentTextArea } from './CommentTextArea.tsx';

interface ReplyFormProps {
  commentsDoc: Y.Doc;
  threadId: string;
  me: string;
}

/** Answers a thread; `@Name` mentions someone who worked in the workspace. */
export function ReplyForm({ commentsDoc, threadId, me }: ReplyFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    replyToThread(commentsDoc, threadId, me, text, new Date().toISOString());
    setText('');
  };
  return (
    <form className="comment-thread__reply" onSubmit={submit}>
      <CommentTextArea id={id} label={t('comments.replyLabel')} labelHidden value={text} rows={2} onChange={setText} placeholder={t('comments.replyPlaceholder')} testId="thread-reply-text" />
      <button type="submit" disabled={!text.trim()} data-testid="thread-reply">{t('comments.reply')}</button>
    </form>
  );
}
