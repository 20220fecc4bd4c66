import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { insertSessionItem, moveSessionItem } from '@minga/doc-model';
import { FREE_ITEM_KINDS, newItemId, type FreeItemKind } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { ITEMS_END_ID, useLibraryDrop } from './ComposerDnd.tsx';
import { useComposer } from './ComposerContext.ts';
import { FREE_ITEM_MINUTES, ITEM_KIND_LABELS } from './itemLabels.ts';
import { SessionItemRow } from './SessionItemRow.tsx';

/** The drop zone after the last item, where a library unit is added at the end. */
function EndDropZone({ empty }: { empty: boolean }) {
  const { t } = useTranslation();
  const { dragging, insertAt } = useLibraryDrop();
  const { session } = useComposer();
  const { setNodeRef } = useDroppable({ id: ITEMS_END_ID });
  const active = dragging !== null && insertAt === session.items.length;
  return (
    <div ref={setNodeRef} className={`items-drop${dragging ? ' items-drop--ready' : ''}${active ? ' items-drop--over' : ''}`} data-testid="items-drop-end">
      {empty ? t('composer.items.empty') : t('composer.items.dropHint')}
    </div>
  );
}

/** The session's items in order: reordered by drag and drop, keyboard or buttons, with free items to add. */
export function SessionItemsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session, units } = useComposer();
  const ids = session.items.map((item) => item.id);
  const [added, setAdded] = useState<string | null>(null);
  // The last item taken out, said where it happened until it is back: the Undo button (or Ctrl+Z) brings it back.
  const [removed, setRemoved] = useState<{ id: string; title: string } | null>(null);
  const stillOut = removed !== null && !ids.includes(removed.id);
  const move = (id: string, to: number) => change(() => moveSessionItem(doc, id, to));
  const addFree = (kind: FreeItemKind) => {
    const id = newItemId();
    change(() => insertSessionItem(doc, { id, kind, title: '', minutes: FREE_ITEM_MINUTES[kind] }));
    setAdded(id);
    setRemoved(null);
  };
  return (
    <div className="session-items">
      <div className="session-items__tools">
        <p className="hint">{editable ? t('composer.items.hint') : t('composer.items.hintReadOnly')}</p>
        <button type="button" className="button--quiet" onClick={() => units.refresh()} data-testid="refresh-units">
          {t('composer.items.refresh')}
        </button>
      </div>
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!editable}>
        <ol className="sortable-list session-items__list" data-testid="session-items">
          {session.items.map((item, index) => (
            <SessionItemRow
              key={item.id}
              item={item}
              index={index}
              count={ids.length}
              autoFocus={item.id === added}
              onMove={(to) => move(item.id, to)}
              onRemoved={setRemoved}
            />
          ))}
        </ol>
      </SortableContext>
      <p className="hint" role="status" data-testid="item-removed">{stillOut && t('composer.items.removed', { title: removed.title })}</p>
      {editable ? <EndDropZone empty={ids.length === 0} /> : ids.length === 0 && <p className="hint">{t('composer.items.emptyReadOnly')}</p>}
      {editable && (
        <div className="add-free-items" role="group" aria-label={t('composer.items.addFreeGroup')}>
          <span className="add-free-items__label" aria-hidden="true">{t('composer.items.addFree')}</span>
          {FREE_ITEM_KINDS.map((kind) => (
            <button key={kind} type="button" onClick={() => addFree(kind)} data-testid={`add-free-${kind}`}>
              {t('composer.items.addKind', { kind: t(ITEM_KIND_LABELS[kind]) })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
