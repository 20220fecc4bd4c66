import { applyProposal, decideProposal, rangeText, resolveRange, setThreadStatus, unitSharedTypes } from '@minga/doc-model';
import type { CommentRange, CommentThread } from '@minga/schema';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../../hooks/useDocSnapshot.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { CommentMessageItem } from './CommentMessageItem.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import { anchorLabel, type CommentTarget } from './commentTargets.ts';
import { selectCommentedWords } from './commentedInputs.ts';
import { showThreadRange } from './threadNavigation.ts';

interface CommentThreadCardProps {
  thread: CommentThread;
  commentsDoc: Y.Doc;
  targets: readonly CommentTarget[];
  me: string;
  canComment: boolean;
  /** May accept or decline proposals (edit keys). */
  canEdit: boolean;
  /** The thread last shown from its words: drawn as such. */
  active?: boolean;
}

/** The words a range holds now, or null once they are gone: read again whenever the unit changes. */
function useRangeText(unitDoc: Y.Doc, range: CommentRange | undefined): string | null {
  const types = useMemo(() => unitSharedTypes(unitDoc), [unitDoc]);
  const start = range?.start;
  const end = range?.end;
  const read = useCallback(
    () => (start !== undefined && end !== undefined ? rangeText(unitDoc, { start, end, quote: '' }) : null),
    [unitDoc, start, end],
  );
  return useDocSnapshot(types, read);
}

/** One thread: what it points at, its proposal, its messages, and what can be done with it. */
export function CommentThreadCard({ thread, commentsDoc, targets, me, canComment, canEdit, active = false }: CommentThreadCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { doc: unitDoc, change } = useDocEditor();
  const where = anchorLabel(thread.anchor, targets, t);
  const range = thread.anchor.range;
  const quoted = useRangeText(unitDoc, range);
  const { proposal } = thread;
  // Words of a slide are highlighted (open threads only); words of a plain text (a field, a list
  // item's text) are selected in its input.
  const inSlides = thread.anchor.field === 'slides';
  const canGo = range !== undefined && quoted !== null && (!inSlides || thread.status === 'open');
  const goToText = () => {
    if (!range) return;
    if (inSlides) {
      showThreadRange(thread.id);
      return;
    }
    const at = resolveRange(unitDoc, range);
    if (at) selectCommentedWords(thread.anchor, at.start, at.end);
  };
  const now = () => new Date().toISOString();
  const accept = () => {
    if (!proposal) return;
    change(() => applyProposal(unitDoc, thread.anchor, proposal.text, thread.author));
    decideProposal(commentsDoc, thread.id, 'accepted', me, now());
  };
  return (
    <article
      className={`comment-thread comment-thread--${thread.status}${active ? ' comment-thread--active' : ''}`}
      aria-labelledby={headingId}
      // Focused when reached from its words with the keyboard.
      tabIndex={-1}
      data-thread-id={thread.id}
      data-active={active}
      data-testid="comment-thread"
      data-status={thread.status}
      data-field={thread.anchor.field}
    >
      <h3 id={headingId} className="comment-thread__where">
        {where ?? t('comments.itemGone')}
      </h3>
      {range && (
        quoted === null
          ? <p className="comment-thread__quote comment-thread__quote--gone" data-testid="thread-quote-gone">{t('comments.quoteGone', { quote: range.quote })}</p>
          : (
            <>
              <blockquote className="comment-thread__quote" data-testid="thread-quote">{quoted}</blockquote>
              {canGo && (
                <button type="button" className="button--quiet comment-thread__go" onClick={goToText} aria-describedby={headingId} data-testid="thread-go-to-text">
                  {t('comments.goTo.text')}
                </button>
              )}
            </>
          )
      )}
      {proposal && (
        <div className={`comment-thread__proposal comment-thread__proposal--${proposal.status}`} data-testid="thread-proposal" data-status={proposal.status}>
          <p>{t('comments.proposal.lead')} <q>{proposal.text}</q></p>
          {proposal.status !== 'pending' && (
            <p className="hint">{t(proposal.status === 'accepted' ? 'comments.proposal.accepted' : 'comments.proposal.declined', { name: proposal.decidedBy ?? '', date: proposal.decidedAt ? formatDateTime(proposal.decidedAt, i18n.language) : '' })}</p>
          )}
          {proposal.status === 'pending' && canEdit && (
            <div className="inline-form">
              <button type="button" onClick={accept} data-testid="proposal-accept">{t('comments.proposal.accept')}</button>
              <button type="button" className="button--quiet" onClick={() => decideProposal(commentsDoc, thread.id, 'declined', me, now())} data-testid="proposal-decline">
                {t('comments.proposal.decline')}
              </button>
            </div>
          )}
        </div>
      )}
      <ol className="comment-thread__messages">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <CommentMessageItem commentsDoc={commentsDoc} threadId={thread.id} message={message} mine={canComment && message.author.trim().toLowerCase() === me.trim().toLowerCase()} />
          </li>
        ))}
      </ol>
      {thread.status === 'resolved' && thread.resolvedBy && (
        <p className="hint">{t('comments.resolvedBy', { name: thread.resolvedBy })}</p>
      )}
      {canComment && (
        <div className="comment-thread__actions">
          {thread.status === 'open' && <ReplyForm commentsDoc={commentsDoc} threadId={thread.id} me={me} />}
          <button
            type="button"
            className="button--quiet"
            onClick={() => setThreadStatus(commentsDoc, thread.id, thread.status === 'open' ? 'resolved' : 'open', me, now())}
            data-testid={thread.status === 'open' ? 'thread-resolve' : 'thread-reopen'}
          >
            {thread.status === 'open' ? t('comments.resolve') : t('comments.reopen')}
          </button>
        </div>
      )}
    </article>
  );
}
