import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import { DragHandle } from './DragHandle.tsx';
import './fields.css';

interface SortableRowProps {
  id: string;
  /** The accessible name of the grip ("Move: Step 2: Welcome"). */
  handleLabel: string;
  disabled?: boolean;
  /** The row's content, given its grip (null when reordering is off) to place where it fits. */
  children: (handle: ReactNode) => ReactNode;
}

/** One item of a SortableList: moves with the drag, grabbed by its grip only (pointer, or Space and arrows). */
export function SortableRow({ id, handleLabel, disabled, children }: SortableRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const handle = disabled ? null : <DragHandle attributes={attributes} listeners={listeners} activatorRef={setActivatorNodeRef} label={handleLabel} testId="drag-handle" />;
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={`sortable-row ${isDragging ? 'sortable-row--dragging' : ''}`} data-item-id={id}>
      {children(handle)}
    </li>
  );
}
