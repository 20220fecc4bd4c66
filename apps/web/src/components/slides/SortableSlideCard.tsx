import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { SlideCard } from './SlideCard.tsx';

type SortableSlideCardProps = Omit<ComponentProps<typeof SlideCard>, 'sortable'>;

/** A slide that can be dragged by its handle (pointer, or keyboard: space, arrows, space). */
export function SortableSlideCard(props: SortableSlideCardProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: props.slide.id,
    attributes: { roleDescription: t('slides.dnd.roleDescription') },
  });
  const handle = (
    <button
      ref={setActivatorNodeRef}
      type="button"
      className="slide-card__handle"
      {...attributes}
      {...listeners}
      aria-label={t('slides.drag', { number: props.number })}
      title={t('slides.drag', { number: props.number })}
      data-testid="slide-drag-handle"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  const style = {
    transform: CSS.Translate.toString(transform),
    transition,
    zIndex: isDragging ? 2 : undefined,
    position: 'relative' as const,
  };
  return <SlideCard {...props} sortable={{ setNodeRef, style, handle }} />;
}
