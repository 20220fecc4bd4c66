import { unitSharedTypes } from '@minga/doc-model';
import { filterThreads } from '@minga/schema';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocSnapshot } from '../../hooks/useDocSnapshot.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { FieldRangeComments } from './FieldRangeComments.tsx';
import { NewThreadForm } from './NewThreadForm.tsx';
import { unitCommentTargets } from './commentTargets.ts';
import { onShowThread } from './threadNavigation.ts';
import type { CommentThreads } from './useCommentThreads.ts';
import './comments.css';

type Filter = 'open' | 'resolved' | 'mine';

const FILTER_LABELS = { open: 'comments.filter.open', resolved: 'comments.filter.resolved', mine: 'comments.filter.mine' } as const;
const EMPTY_MESSAGES = { open: 'comments.empty.open', resolved: 'comments.empty.resolved', mine: 'comments.empty.mine' } as const;

interface CommentsPanelProps {
  comments: CommentThreads;
  /** May open threads and reply (edit keys; comment keys later). */
  canComment: boolean;
  /** This person's name, as others mention it. */
  me: string;
}

/** The unit's discussion: threads beside what they point at, filtered, answered, resolved. */
export function CommentsPanel({ comments, canComment, me }: CommentsPanelProps) {
  const { t } = useTranslation();
  const { doc: unitDoc, editable } = useDocEditor();
  const { doc, threads } = comments;
  const unitTypes = useMemo(() => unitSharedTypes(unitDoc), [unitDoc]);
  const readTargets = useCallback(() => unitCommentTargets(unitDoc, t), [unitDoc, t]);
  const targets = useDocSnapshot(unitTypes, readTargets);
  const [filter, setFilter] = useState<Filter>('open');
  const list = useRef<HTMLDivElement>(null);
  const shownThread = useShownThread(list, threads, filter, setFilter);
  const shown = filter === 'mine' ? filterThreads(threads, { status: 'all', mention: me }) : filterThreads(threads, { status: filter });
  const counts = {
    open: threads.filter((thread) => thread.status === 'open').length,
    resolved: threads.filter((thread) => thread.status === 'resolved').length,
    mine: filterThreads(threads, { status: 'all', mention: me }).length,
  };
  return (
    <div className="comments" ref={list} data-testid="comments">
      <p className="visually-hidden" role="status" data-testid="comments-announce">{shownThread.announcement}</p>
      <div className="comments__filters" role="group" aria-label={t('comments.filterLabel')}>
        {(['open', 'resolved', 'mine'] as const).map((which) => (
          <button
            key={which}
            type="button"
            className="button--quiet"
            aria-pressed={filter === which}
            onClick={() => setFilter(which)}
            data-testid={`comments-filter-${which}`}
          >
            {t(FILTER_LABELS[which], { count: counts[which] })}
          </button>
        ))}
      </div>
      {canComment && <NewThreadForm commentsDoc={doc} targets={targets} me={me} />}
      {canComment && <FieldRangeComments commentsDoc={doc} me={me} />}
      {shown.length === 0 ? (
        <p className="hint" data-testid="comments-empty">{t(EMPTY_MESSAGES[filter])}</p>
      ) : (
        <ol className="comments__list">
          {shown.map((thread) => (
            <li key={thread.id}>
              <CommentThreadCard thread={thread} commentsDoc={doc} targets={targets} me={me} canComment={canComment} canEdit={editable} active={thread.id === shownThread.active?.id} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * The thread last shown from its words (a click or Alt+Enter in a slide): the filter opened to
 * it, its card scrolled to and drawn as shown, focused when asked from the keyboard, announced.
 */
function useShownThread(list: RefObject<HTMLDivElement | null>, threads: CommentThreads['threads'], filter: Filter, setFilter: (filter: Filter) => void) {
  const { t } = useTranslation();
  const [active, setActive] = useState<{ id: string; focus: boolean; nonce: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const latest = useRef({ threads, filter });
  useEffect(() => {
    latest.current = { threads, filter };
  }, [threads, filter]);
  useEffect(() => onShowThread((threadId, focus) => {
    const thread = latest.current.threads.find((entry) => entry.id === threadId);
    if (!thread) return;
    // Only open threads are highlighted: the open filter always holds it.
    if (latest.current.filter !== 'open') setFilter('open');
    setActive((previous) => ({ id: threadId, focus, nonce: (previous?.nonce ?? 0) + 1 }));
    setAnnouncement(t('comments.goTo.shown', { quote: thread.anchor.range?.quote ?? '' }));
  }), [t, setFilter]);
  useEffect(() => {
    if (!active) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(active.id)}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'nearest' });
    if (active.focus) card.focus({ preventScroll: true });
  }, [list, active, filter]);
  return { active, announcement };
}
