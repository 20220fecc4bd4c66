import { APPROVALS_ROOT, approve, readApprovals, readList, readUnitReview, reviewedBy, setUnitMeta, unitReviewers, unitReviewMap, withdrawApproval } from '@minga/doc-model';
import { contributorKey, type CommentThread, type ReviewState, type UnitReview } from '@minga/schema';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../../hooks/useDocSnapshot.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const STATE_LABELS = { draft: 'review.state.draft', in_review: 'review.state.in_review', ready: 'review.state.ready' } as const;
const DRAFT: UnitReview = { state: 'draft', reviewers: [] };

interface ReviewPanelProps {
  commentsDoc: Y.Doc;
  threads: readonly CommentThread[];
  /** May approve (anyone who may comment). */
  canComment: boolean;
  me: string;
}

/** Where the unit stands in review, who was asked, who approved, and who the credits name as reviewers. */
export function ReviewPanel({ commentsDoc, threads, canComment, me }: ReviewPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { doc, editable, change } = useDocEditor();
  const metaTypes = useMemo(() => [unitReviewMap(doc) as Y.AbstractType<unknown>, unitReviewers(doc) as Y.AbstractType<unknown>], [doc]);
  const readReview = useCallback(() => readUnitReview(doc) ?? DRAFT, [doc]);
  const review = useDocSnapshot(metaTypes, readReview);
  const approvalTypes = useMemo(() => [commentsDoc.getMap(APPROVALS_ROOT) as Y.AbstractType<unknown>], [commentsDoc]);
  const readApprovalsNow = useCallback(() => readApprovals(commentsDoc), [commentsDoc]);
  const approvals = useDocSnapshot(approvalTypes, readApprovalsNow);
  const contributorTypes = useMemo(() => [doc.getMap('contributors') as Y.AbstractType<unknown>], [doc]);
  const readContributors = useCallback(() => readList(doc, 'contributors'), [doc]);
  const contributors = useDocSnapshot(contributorTypes, readContributors);
  const [reviewersText, setReviewersText] = useState<string | null>(null);
  const credited = reviewedBy(threads, approvals, contributors);
  const approvedByMe = approvals.some((approval) => contributorKey(approval.name) === contributorKey(me));

  const setReview = (next: Partial<UnitReview>) =>
    change(() => setUnitMeta(doc, { review: { ...review, ...next, changedAt: new Date().toISOString() } }));
  const saveReviewers = () => {
    if (reviewersText === null) return;
    const names = [...new Set(reviewersText.split(',').map((name) => name.trim()).filter(Boolean))].slice(0, 30);
    setReview({ reviewers: names, ...(review.state === 'draft' && names.length > 0 ? { state: 'in_review' as ReviewState } : {}) });
    setReviewersText(null);
  };

  return (
    <div className="review" data-testid="review" data-state={review.state}>
      <p>
        <span className={`review__badge review__badge--${review.state}`} data-testid="review-state">{t(STATE_LABELS[review.state])}</span>
      </p>
      {editable && (
        <>
          <label htmlFor={`${id}-state`}>{t('review.stateLabel')}</label>
          <select id={`${id}-state`} value={review.state} onChange={(event) => setReview({ state: event.target.value as ReviewState })} data-testid="review-state-select">
            {(['draft', 'in_review', 'ready'] as const).map((state) => <option key={state} value={state}>{t(STATE_LABELS[state])}</option>)}
          </select>
          <label htmlFor={`${id}-reviewers`}>{t('review.reviewersLabel')}</label>
          <p className="hint" id={`${id}-hint`}>{t('review.reviewersHint')}</p>
          <div className="inline-form">
            <input
              id={`${id}-reviewers`}
              value={reviewersText ?? review.reviewers.join(', ')}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setReviewersText(event.target.value)}
              onBlur={saveReviewers}
              onKeyDown={(event) => { if (event.key === 'Enter') saveReviewers(); }}
              data-native-undo
              data-testid="review-reviewers"
            />
          </div>
        </>
      )}
      {!editable && review.reviewers.length > 0 && <p>{t('review.asked', { names: review.reviewers.join(', ') })}</p>}
      {approvals.length > 0 && (
        <p data-testid="review-approvals">{t('review.approvedBy', { names: approvals.map((approval) => approval.name).join(', ') })}</p>
      )}
      {canComment && (
        <button
          type="button"
          className={approvedByMe ? 'button--quiet' : undefined}
          onClick={() => (approvedByMe ? withdrawApproval(commentsDoc, me) : approve(commentsDoc, me, new Date().toISOString()))}
          data-testid={approvedByMe ? 'review-withdraw' : 'review-approve'}
        >
          {approvedByMe ? t('review.withdraw') : t('review.approve')}
        </button>
      )}
      {credited.length > 0 && <p className="hint" data-testid="review-credited">{t('review.credited', { names: credited.join(', ') })}</p>}
    </div>
  );
}
