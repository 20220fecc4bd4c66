import {
  KeyboardSensor, PointerSensor, useSensor, useSensors,
  type Announcements, type DragEndEvent, type ScreenReaderInstructions, type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sensors, translated screen-reader texts and the drop handler for dragging slides.
 * `onMove(id, toIndex)` gets the slide's index after the move.
 */
export function useSlideDragAndDrop(ids: string[], onMove: (slideId: string, toIndex: number) => void) {
  const { t } = useTranslation();
  const sensors = useSensors(
    // A few pixels before a drag starts, so a click on the handle stays a click.
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const accessibility = useMemo(() => {
    const numberOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('slides.dnd.start', { number: numberOf(active.id) }),
      onDragOver: ({ active, over }) => (over ? t('slides.dnd.over', { number: numberOf(active.id), position: numberOf(over.id) }) : undefined),
      onDragEnd: ({ active, over }) => (over ? t('slides.dnd.end', { number: numberOf(active.id), position: numberOf(over.id) }) : undefined),
      onDragCancel: ({ active }) => t('slides.dnd.cancel', { number: numberOf(active.id) }),
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('slides.dnd.instructions') };
    return { announcements, screenReaderInstructions };
  }, [ids, t]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = ids.indexOf(String(over.id));
    if (toIndex >= 0) onMove(String(active.id), toIndex);
  };

  return { sensors, accessibility, onDragEnd };
}
