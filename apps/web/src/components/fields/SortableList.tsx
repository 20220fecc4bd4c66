import { lazy, Suspense } from 'react';
import type { SortableListProps } from './DraggableList.tsx';
import './fields.css';

const loadDraggableList = () => import('./DraggableList.tsx');
// dnd-kit is loaded apart: a page can be read and typed in before its lists can be dragged.
const DraggableList = lazy(() => loadDraggableList().then((module) => ({ default: module.DraggableList })));

/** Starts loading drag and drop early, while a page still waits for its data. */
export function preloadSortableList(): void {
  void loadDraggableList();
}

/** The same rows, without grips, while drag and drop loads (the move buttons already work). */
function StaticList({ ids, renderItem, className, testId, ordered }: SortableListProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`sortable-list ${className ?? ''}`} data-testid={testId}>
      {ids.map((id, index) => (
        <li key={id} className="sortable-row" data-item-id={id}>{renderItem(id, index, null)}</li>
      ))}
    </List>
  );
}

/**
 * A list reordered by drag and drop with the mouse, a finger or the keyboard (Space to pick
 * up, arrows to move, Space to drop, Escape to cancel), announced to screen readers.
 */
export function SortableList(props: SortableListProps) {
  return (
    <Suspense fallback={<StaticList {...props} />}>
      <DraggableList {...props} />
    </Suspense>
  );
}
