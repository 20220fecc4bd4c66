import {
  closestCenter, DndContext, KeyboardSensor, PointerSensor, TouchSensor, useSensor, useSensors,
  type Announcements, type DragEndEvent, type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableRow } from './SortableRow.tsx';
import './fields.css';

export interface SortableListProps {
  ids: string[];
  /** Moves an item to `toIndex` (its index once moved). */
  onMove: (id: string, toIndex: number) => void;
  /** How an item is named to screen readers while it is dragged ("Step 2: Welcome"). */
  describe: (id: string) => string;
  /** One row, given its grip to place where it fits. */
  renderItem: (id: string, index: number, handle: ReactNode) => ReactNode;
  disabled?: boolean;
  className?: string;
  testId?: string;
  ordered?: boolean;
}

/**
 * A list reordered by drag and drop with the mouse, a finger or the keyboard (Space to pick
 * up, arrows to move, Space to drop, Escape to cancel), announced to screen readers.
 */
export function DraggableList({ ids, onMove, describe, renderItem, disabled, className, testId, ordered }: SortableListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => t('sortable.picked', { item: describe(String(active.id)), position: position(active.id), count: ids.length }),
      onDragOver: ({ active, over }) => (over ? t('sortable.over', { item: describe(String(active.id)), position: position(over.id), count: ids.length }) : undefined),
      onDragEnd: ({ active, over }) => (over ? t('sortable.dropped', { item: describe(String(active.id)), position: position(over.id), count: ids.length }) : undefined),
      onDragCancel: ({ active }) => t('sortable.cancelled', { item: describe(String(active.id)) }),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- position reads ids, listed
    [t, describe, ids],
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to !== -1) onMove(String(active.id), to);
  };
  const List = ordered ? 'ol' : 'ul';
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('sortable.instructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <List className={`sortable-list ${className ?? ''}`} data-testid={testId}>
          {ids.map((id, index) => (
            <SortableRow key={id} id={id} handleLabel={t('sortable.grab', { item: describe(id) })} disabled={disabled}>
              {(handle) => renderItem(id, index, handle)}
            </SortableRow>
          ))}
        </List>
      </SortableContext>
    </DndContext>
  );
}
