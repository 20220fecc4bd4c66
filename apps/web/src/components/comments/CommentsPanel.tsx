import { unitSharedTypes } from '@minga/doc-model';
import { filterThreads } from '@minga/schema';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocSnapshot } from '../../hooks/useDocSnapshot.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { NewThreadForm } from './NewThreadForm.tsx';
import { unitCommentTargets } from './commentTargets.ts';
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
  const shown = filter === 'mine' ? filterThreads(threads, { status: 'all', mention: me }) : filterThreads(threads, { status: filter });
  const counts = {
    open: threads.filter((thread) => thread.status === 'open').length,
    resolved: threads.filter((thread) => thread.status === 'resolved').length,
    mine: filterThreads(threads, { status: 'all', mention: me }).length,
  };
  return (
    <div className="comments" data-testid="comments">
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
      {shown.length === 0 ? (
        <p className="hint" data-testid="comments-empty">{t(EMPTY_MESSAGES[filter])}</p>
      ) : (
        <ol className="comments__list">
          {shown.map((thread) => (
            <li key={thread.id}>
              <CommentThreadCard thread={thread} commentsDoc={doc} targets={targets} me={me} canComment={canComment} canEdit={editable} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
