import {
  closestCenter, DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, TouchSensor, useSensor, useSensors,
  type Announcements, type CollisionDetection, type DragEndEvent, type DragOverEvent, type DragStartEvent, type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { insertSessionItem, moveSessionItem } from '@minga/doc-model';
import { newItemId } from '@minga/schema';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';
import { itemTitle } from './itemLabels.ts';
import { showAddedItem } from './showAddedItem.ts';

/** The id of a library result while it is dragged: never an item id, which has no colon. */
export const LIBRARY_DRAG_PREFIX = 'library:';
/** The drop zone after the last item: dropping a unit there adds it at the end. */
export const ITEMS_END_ID = 'session-items-end';

/** What a library result carries while dragged. */
export interface LibraryDragData {
  unitId: string;
  title: string;
}

interface DropState {
  /** The library unit being dragged, if any. */
  dragging: LibraryDragData | null;
  /** Where it would be added if dropped now (an index into the items), or null. */
  insertAt: number | null;
}

const DropContext = createContext<DropState>({ dragging: null, insertAt: null });

/** Where a library unit would land, for the list to draw a marker there. */
export function useLibraryDrop(): DropState {
  return useContext(DropContext);
}

const libraryData = (data: unknown): LibraryDragData | null => {
  const value = (data as { library?: LibraryDragData } | undefined)?.library;
  return value ?? null;
};

/**
 * Each pane scrolls on its own: the programme scrolls by itself only while the pointer is in its
 * top or bottom tenth (dnd-kit's default, a fifth, reaches below the sticky time budget, where a
 * pointer aiming at an item would scroll it away), and never sideways.
 */
const AUTO_SCROLL = { threshold: { x: 0, y: 0.1 } };

/** A unit from the library lands where the pointer is; an item being reordered snaps to the nearest place. */
const collisionDetection: CollisionDetection = (args) =>
  libraryData(args.active.data.current) ? pointerWithin(args) : closestCenter(args);

/**
 * One drag-and-drop space over the items and the library panel: items are reordered (pointer,
 * touch, or keyboard: Space, arrows, Space; Escape cancels) and library units dropped between
 * them, every move announced to screen readers in the interface language.
 */
export function ComposerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { doc, change } = useDocEditor();
  const { session, units } = useComposer();
  const ids = session.items.map((item) => item.id);
  const [dragging, setDragging] = useState<LibraryDragData | null>(null);
  const [insertAt, setInsertAt] = useState<number | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const indexOver = (overId: UniqueIdentifier | undefined): number | null => {
    if (overId === undefined) return null;
    if (overId === ITEMS_END_ID) return ids.length;
    const index = ids.indexOf(String(overId));
    return index === -1 ? null : index;
  };
  const describe = (id: UniqueIdentifier): string => {
    const index = ids.indexOf(String(id));
    const item = session.items[index];
    return item ? t('composer.items.describe', { n: index + 1, title: itemTitle(t, item, units.byItem.get(item.id)) }) : String(id);
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const library = libraryData(active.data.current);
      if (library) return t('composer.dnd.libraryPicked', { title: library.title });
      return t('composer.dnd.picked', { item: describe(active.id), position: ids.indexOf(String(active.id)) + 1, count: ids.length });
    },
    onDragOver: ({ active, over }) => {
      const library = libraryData(active.data.current);
      const index = indexOver(over?.id);
      if (library) return index === null ? t('composer.dnd.libraryNowhere', { title: library.title }) : t('composer.dnd.libraryOver', { title: library.title, position: index + 1 });
      return over ? t('composer.dnd.over', { item: describe(active.id), position: (index ?? 0) + 1, count: ids.length }) : undefined;
    },
    onDragEnd: ({ active, over }) => {
      const library = libraryData(active.data.current);
      const index = indexOver(over?.id);
      if (library) return index === null ? t('composer.dnd.libraryCancelled', { title: library.title }) : t('composer.dnd.libraryDropped', { title: library.title, position: index + 1 });
      return over ? t('composer.dnd.dropped', { item: describe(active.id), position: (index ?? 0) + 1, count: ids.length }) : undefined;
    },
    onDragCancel: ({ active }) => {
      const library = libraryData(active.data.current);
      return library ? t('composer.dnd.libraryCancelled', { title: library.title }) : t('composer.dnd.cancelled', { item: describe(active.id) });
    },
  };

  const reset = () => {
    setDragging(null);
    setInsertAt(null);
  };
  const onDragStart = ({ active }: DragStartEvent) => setDragging(libraryData(active.data.current));
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (libraryData(active.data.current)) setInsertAt(indexOver(over?.id));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    reset();
    const library = libraryData(active.data.current);
    const index = indexOver(over?.id);
    if (library) {
      if (index !== null) {
        const id = newItemId();
        change(() => insertSessionItem(doc, { id, kind: 'unit', unitId: library.unitId, mode: 'live' }, index));
        showAddedItem(id);
      }
      return;
    }
    if (index !== null && over && active.id !== over.id) change(() => moveSessionItem(doc, String(active.id), Math.min(index, ids.length - 1)));
  };

  const drop = useMemo(() => ({ dragging, insertAt }), [dragging, insertAt]);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      autoScroll={AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={reset}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('composer.dnd.instructions') } }}
    >
      <DropContext.Provider value={drop}>{children}</DropContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dragging && <div className="library-drag-overlay">{dragging.title}</div>}
      </DragOverlay>
    </DndContext>
  );
}
