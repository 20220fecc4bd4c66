import type { useSortable } from '@dnd-kit/sortable';

type Sortable = ReturnType<typeof useSortable>;

interface DragHandleProps {
  /** What `useSortable` gave the row: the grip is its activator. */
  attributes: Sortable['attributes'];
  listeners: Sortable['listeners'];
  activatorRef: Sortable['setActivatorNodeRef'];
  /** The accessible name of the grip ("Move: Step 2: Welcome"). */
  label: string;
  testId: string;
}

/** A row's grip: the only place a drag starts (pointer, or Space and arrows). */
export function DragHandle({ attributes, listeners, activatorRef, label, testId }: DragHandleProps) {
  return (
    <button
      type="button"
      ref={activatorRef}
      className="drag-handle"
      {...attributes}
      {...listeners}
      aria-label={label}
      title={label}
      data-testid={testId}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
