import { DndContext, closestCenter } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { insertItem, moveItem, removeItem, unitList, updateItem } from '@minga/doc-model';
import { emptyRichText, newItemId, newSlideContent } from '@minga/schema';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EmptyState } from '../EmptyState.tsx';
import { DeleteSlideDialog } from './DeleteSlideDialog.tsx';
import { SlideCard, type SlideComments, type SlideFocusRequest } from './SlideCard.tsx';
import { SortableSlideCard } from './SortableSlideCard.tsx';
import { useSlideDragAndDrop } from './useSlideDragAndDrop.ts';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { pickStepChoice } from './SlideStepField.tsx';
import { useSlideList } from './useSlideList.ts';
import { slideField, useSlidePresence } from './useSlidePresence.ts';
import './slides.css';

export interface SlidesEditorProps {
  doc: Y.Doc;
  awareness: Awareness;
  workspaceId: string;
  /** The key the page was opened with; images are uploaded with it (an edit key). */
  apiKey: string;
  readOnly: boolean;
  user: { name: string; color: string };
  /** The unit's comment threads: their words highlighted, and threads opened on a selection. */
  comments?: SlideComments;
}

/** The unit's content as slides, each with speaker notes: written live by everyone present. */
export function SlidesEditor({ doc, awareness, workspaceId, apiKey, readOnly, user, comments }: SlidesEditorProps) {
  const { t } = useTranslation();
  const slides = useSlideList(doc);
  const steps = useUnitList(doc, 'steps', pickStepChoice);
  const visitors = useSlidePresence(awareness);
  const ids = useMemo(() => slides.map((slide) => slide.id), [slides]);
  const [pendingDelete, setPendingDelete] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<SlideFocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The slide this person last worked in: "add a slide" puts the new one after it.
  const currentSlide = useRef<string | null>(null);
  const nonce = useRef(0);
  const addButton = useRef<HTMLButtonElement>(null);
  const upload = useMemo(() => (readOnly ? null : { workspaceId, apiKey }), [readOnly, workspaceId, apiKey]);

  const requestFocus = (slideId: string, target: SlideFocusRequest['target']) => {
    nonce.current += 1;
    setFocusRequest({ slideId, target, nonce: nonce.current });
  };

  function addSlide() {
    const after = currentSlide.current ? ids.indexOf(currentSlide.current) : -1;
    const index = after >= 0 ? after + 1 : ids.length;
    const id = insertItem(doc, 'slides', { id: newItemId(), content: newSlideContent(), notes: emptyRichText(), hidden: false }, index);
    currentSlide.current = id;
    requestFocus(id, 'content');
    setAnnouncement(t('slides.announce.added', { number: index + 1 }));
  }

  const move = useCallback((slideId: string, toIndex: number, control?: 'moveUp' | 'moveDown') => {
    const count = unitList(doc, 'slides').size;
    const target = Math.max(0, Math.min(count - 1, toIndex));
    if (!moveItem(doc, 'slides', slideId, target)) return;
    if (control) requestFocus(slideId, control);
    setAnnouncement(t('slides.announce.moved', { position: target + 1, total: count }));
  }, [doc, t]);

  function toggleHidden(slideId: string) {
    const slide = slides.find((entry) => entry.id === slideId);
    if (!slide) return;
    updateItem(doc, 'slides', slideId, { hidden: !slide.hidden });
    setAnnouncement(t(slide.hidden ? 'slides.announce.shown' : 'slides.announce.hidden', { number: ids.indexOf(slideId) + 1 }));
  }

  function changeStep(slideId: string, stepId: string | undefined) {
    updateItem(doc, 'slides', slideId, { stepId });
  }

  function confirmDelete() {
    const slideId = pendingDelete;
    setPendingDelete(null);
    if (!slideId) return;
    const index = ids.indexOf(slideId);
    removeItem(doc, 'slides', slideId);
    if (currentSlide.current === slideId) currentSlide.current = null;
    // The focus was on the deleted slide's button: it goes to the slide now in its place.
    const neighbour = ids[index + 1] ?? ids[index - 1];
    if (neighbour) requestFocus(neighbour, 'content');
    else addButton.current?.focus();
    setAnnouncement(t('slides.announce.deleted', { number: index + 1 }));
  }

  const onFocusIn = useCallback((slideId: string) => {
    currentSlide.current = slideId;
    const state = awareness.getLocalState() as { field?: unknown } | null;
    if (state && state.field !== slideField(slideId)) awareness.setLocalStateField('field', slideField(slideId));
  }, [awareness]);

  const onFocusOut = useCallback((slideId: string) => {
    const state = awareness.getLocalState() as { field?: unknown } | null;
    if (state && state.field === slideField(slideId)) awareness.setLocalStateField('field', null);
  }, [awareness]);

  const dnd = useSlideDragAndDrop(ids, move);
  const Card = readOnly ? SlideCard : SortableSlideCard;
  const cards = slides.map((slide, index) => (
    <Card
      key={slide.id}
      slide={slide}
      number={index + 1}
      count={slides.length}
      awareness={awareness}
      user={user}
      readOnly={readOnly}
      upload={upload}
      visitors={visitors.get(slide.id) ?? []}
      focusRequest={focusRequest}
      onMove={move}
      onToggleHidden={toggleHidden}
      steps={steps}
      onStepChange={changeStep}
      onDelete={setPendingDelete}
      onFocusIn={onFocusIn}
      onFocusOut={onFocusOut}
      comments={comments}
    />
  ));
  const hiddenCount = slides.filter((slide) => slide.hidden).length;

  return (
    <section className="slides" aria-labelledby="slides-title" data-testid="slides-editor">
      <div className="slides__header">
        <h2 id="slides-title">{t('slides.title')}</h2>
        <p className="slides__count" data-testid="slides-count">
          {t('slides.count', { count: slides.length })}
          {hiddenCount > 0 && ` · ${t('slides.hiddenCount', { count: hiddenCount })}`}
        </p>
      </div>
      {slides.length === 0 ? (
        <EmptyState title={t('slides.emptyTitle')} testId="slides-empty">
          <p>{readOnly ? t('slides.emptyBodyReadOnly') : t('slides.emptyBody')}</p>
        </EmptyState>
      ) : readOnly ? (
        <ol className="slides__list">{cards}</ol>
      ) : (
        <DndContext sensors={dnd.sensors} collisionDetection={closestCenter} onDragEnd={dnd.onDragEnd} accessibility={dnd.accessibility}>
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="slides__list">{cards}</ol>
          </SortableContext>
        </DndContext>
      )}
      {!readOnly && (
        <div className="actions">
          <button ref={addButton} type="button" className="button--primary" onClick={addSlide} data-testid="slide-add">
            {t('slides.add')}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      {pendingDelete !== null && ids.includes(pendingDelete) && (
        <DeleteSlideDialog
          number={ids.indexOf(pendingDelete) + 1}
          onConfirm={confirmDelete}
          onClose={() => setPendingDelete(null)}
        />
      )}
    </section>
  );
}
