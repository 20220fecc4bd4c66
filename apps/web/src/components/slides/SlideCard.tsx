import type { CommentAnchor, CommentThread } from '@minga/schema';
import type { CSSProperties, FocusEvent, ReactNode } from 'react';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { UploadTarget } from '../../editor/uploadImage.ts';
import { SlideRichText, type SlideTextComments } from './SlideRichText.tsx';
import { SlideStepField, type StepChoice } from './SlideStepField.tsx';
import { SlideVisitors } from './SlideVisitors.tsx';
import type { SlideEntry } from './useSlideList.ts';
import type { SlideVisitor } from './useSlidePresence.ts';

/** The unit's comment threads, as the slides show them, and how to open one. */
export interface SlideComments {
  threads: readonly CommentThread[];
  /** Opens a thread with its first message; null for people who may not comment. */
  open: ((anchor: CommentAnchor, text: string) => void) | null;
}

/** The open threads on words of one slide's content or notes, and opening one there. */
function useTextComments(comments: SlideComments | undefined, slideId: string, part: 'content' | 'notes'): SlideTextComments | undefined {
  const threads = comments?.threads;
  const open = comments?.open ?? null;
  return useMemo(() => {
    if (!threads) return undefined;
    const highlights = threads.flatMap((thread) => {
      const { anchor } = thread;
      return thread.status === 'open' && anchor.field === 'slides' && anchor.itemId === slideId && anchor.part === part && anchor.range
        ? [{ threadId: thread.id, range: anchor.range }]
        : [];
    });
    const onComment = open ? (range: NonNullable<CommentAnchor['range']>, text: string) => open({ field: 'slides', itemId: slideId, part, range }, text) : null;
    return { highlights, onComment };
  }, [threads, open, slideId, part]);
}

/** A request to put the keyboard focus somewhere in a slide after the list changed. */
export interface SlideFocusRequest {
  slideId: string;
  target: 'content' | 'moveUp' | 'moveDown';
  /** Changes with every request, so asking twice for the same place focuses twice. */
  nonce: number;
}

interface SlideCardProps {
  slide: SlideEntry;
  number: number;
  count: number;
  awareness: Awareness;
  user: { name: string; color: string };
  readOnly: boolean;
  upload: UploadTarget | null;
  visitors: SlideVisitor[];
  /** The unit's steps, to link the slide to one of them. */
  steps: readonly StepChoice[];
  focusRequest: SlideFocusRequest | null;
  onMove: (slideId: string, toIndex: number, control: 'moveUp' | 'moveDown') => void;
  onToggleHidden: (slideId: string) => void;
  onStepChange: (slideId: string, stepId: string | undefined) => void;
  onDelete: (slideId: string) => void;
  onFocusIn: (slideId: string) => void;
  onFocusOut: (slideId: string) => void;
  comments?: SlideComments;
  /** Set by the sortable list: the element ref, its drag transform, and the drag handle. */
  sortable?: { setNodeRef: (node: HTMLElement | null) => void; style: CSSProperties; handle: ReactNode };
}

/** One slide: its number and state, its controls, its content and its speaker notes. */
export function SlideCard(props: SlideCardProps) {
  const { slide, number, count, awareness, user, readOnly, upload, visitors, focusRequest, sortable } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const moveUp = useRef<HTMLButtonElement>(null);
  const moveDown = useRef<HTMLButtonElement>(null);
  const first = number === 1;
  const last = number === count;
  const contentComments = useTextComments(props.comments, slide.id, 'content');
  const notesComments = useTextComments(props.comments, slide.id, 'notes');

  const request = focusRequest?.slideId === slide.id ? focusRequest : null;
  useEffect(() => {
    if (!request || request.target === 'content') return;
    // At the top or bottom the pressed button is disabled: the other one takes the focus.
    const wanted = request.target === 'moveUp' ? moveUp.current : moveDown.current;
    const other = request.target === 'moveUp' ? moveDown.current : moveUp.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [request]);

  function onBlur(event: FocusEvent<HTMLElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.onFocusOut(slide.id);
  }

  return (
    <li
      ref={sortable?.setNodeRef}
      style={sortable?.style}
      className={`slide-card ${slide.hidden ? 'slide-card--hidden' : ''}`}
      aria-labelledby={titleId}
      data-testid="slide"
      data-slide-id={slide.id}
      data-hidden={slide.hidden}
      onFocus={() => props.onFocusIn(slide.id)}
      onBlur={onBlur}
    >
      <div className="slide-card__header">
        {sortable?.handle}
        <h3 className="slide-card__title" id={titleId}>
          {t('slides.number', { number })}
          {slide.hidden && <span className="visually-hidden">{` (${t('slides.hiddenBadge')})`}</span>}
        </h3>
        {slide.hidden && (
          <span className="badge slide-card__hidden-badge" aria-hidden="true" data-testid="slide-hidden-badge">
            {t('slides.hiddenBadge')}
          </span>
        )}
        <SlideVisitors visitors={visitors} />
        {!readOnly && (
          <div className="slide-card__controls" role="group" aria-label={t('slides.controls', { number })}>
            <button
              ref={moveUp}
              type="button"
              className="slide-card__control"
              disabled={first}
              aria-label={t('slides.moveUp', { number })}
              title={t('slides.moveUp', { number })}
              data-testid="slide-move-up"
              onClick={() => props.onMove(slide.id, number - 2, 'moveUp')}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              ref={moveDown}
              type="button"
              className="slide-card__control"
              disabled={last}
              aria-label={t('slides.moveDown', { number })}
              title={t('slides.moveDown', { number })}
              data-testid="slide-move-down"
              onClick={() => props.onMove(slide.id, number, 'moveDown')}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="slide-card__control"
              aria-pressed={slide.hidden}
              data-testid="slide-toggle-hidden"
              onClick={() => props.onToggleHidden(slide.id)}
            >
              {t('slides.hide')}
            </button>
            <button
              type="button"
              className="slide-card__control button--danger"
              aria-label={t('slides.deleteLabel', { number })}
              data-testid="slide-delete"
              onClick={() => props.onDelete(slide.id)}
            >
              {t('slides.deleteAction')}
            </button>
          </div>
        )}
      </div>
      {slide.hidden && <p className="slide-card__hidden-note">{t('slides.hiddenExplanation')}</p>}
      <SlideStepField number={number} stepId={slide.stepId} steps={props.steps} readOnly={readOnly} onChange={(stepId) => props.onStepChange(slide.id, stepId)} />
      {slide.content && (
        <SlideRichText
          fragment={slide.content}
          awareness={awareness}
          user={user}
          readOnly={readOnly}
          variant="content"
          label={t('slides.contentLabel', { number })}
          titlePlaceholder={t('slides.titlePlaceholder')}
          toolbarLabel={t('slides.contentToolbar', { number })}
          placeholder={t('slides.contentPlaceholder')}
          upload={upload}
          focusNonce={request?.target === 'content' ? request.nonce : null}
          testId="slide-content"
          comments={contentComments}
        />
      )}
      <div className="slide-card__notes">
        <p className="slide-card__notes-title" aria-hidden="true">{t('slides.notesTitle')}</p>
        {slide.notes && (
          <SlideRichText
            fragment={slide.notes}
            awareness={awareness}
            user={user}
            readOnly={readOnly}
            variant="notes"
            label={t('slides.notesLabel', { number })}
            toolbarLabel={t('slides.notesToolbar', { number })}
            placeholder={readOnly ? t('slides.notesEmpty') : t('slides.notesPlaceholder')}
            upload={upload}
            testId="slide-notes"
            comments={notesComments}
          />
        )}
      </div>
    </li>
  );
}
