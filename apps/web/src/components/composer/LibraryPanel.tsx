import { useDraggable } from '@dnd-kit/core';
import { insertSessionItem } from '@minga/doc-model';
import { newItemId, type UnitSummary } from '@minga/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../../api/errorMessage.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { LIBRARY_DRAG_PREFIX, type LibraryDragData } from './ComposerDnd.tsx';
import { useComposer } from './ComposerContext.ts';
import { itemTitle } from './itemLabels.ts';
import { showAddedItem } from './showAddedItem.ts';
import { useLibrarySearch } from './useLibrarySearch.ts';

interface LibraryResultProps {
  unit: UnitSummary;
  /** How many times the session already uses this unit. */
  used: number;
  /** Where the button puts it: at the end, or at this position (1-based). */
  position: number | null;
  onAdd: () => void;
}

/** One unit found: dragged by its grip into the session with a pointer, or added at the end with its button. */
function LibraryResult({ unit, used, position, onAdd }: LibraryResultProps) {
  const { t } = useTranslation();
  const title = unit.title.trim() || t('composer.unit.untitled');
  const data: { library: LibraryDragData } = { library: { unitId: unit.id, title } };
  const { setNodeRef, setActivatorNodeRef, listeners, isDragging } = useDraggable({ id: `${LIBRARY_DRAG_PREFIX}${unit.id}`, data });
  return (
    <li ref={setNodeRef} className={`library-result${isDragging ? ' library-result--dragging' : ''}`} data-testid="library-result" data-unit-id={unit.id}>
      {/* Keyboard users add with the button (then move the item with the keyboard); the grip is for pointers only. */}
      <span ref={setActivatorNodeRef} className="library-result__grip" {...listeners} aria-hidden="true" data-testid="library-drag-handle" title={t('composer.library.dragHint')}>⠿</span>
      <div className="library-result__main">
        <p className="library-result__title">{title}</p>
        <p className="library-result__facts">
          <span data-testid="library-result-minutes">{formatDuration(t, unit.minutes)}</span>
          {unit.hashtags.length > 0 && <span> · {unit.hashtags.map((tag) => `#${tag}`).join(' ')}</span>}
          {used > 0 && <span> · {t('composer.library.used', { count: used })}</span>}
        </p>
      </div>
      <button type="button" onClick={onAdd} aria-label={position === null ? t('composer.library.addLabel', { title }) : t('composerPanes.addLabelAt', { title, position })} data-testid="library-add">
        {t('composer.library.add')}
      </button>
    </li>
  );
}

/** The value of the position choice that adds at the end; any other value is the id of the item to add before. */
const AT_END = '';

/** The library in its pane: search as you type, then add a unit at the chosen position (the end by default) or drag it between the items. */
export function LibraryPanel() {
  const { t } = useTranslation();
  const { doc, change } = useDocEditor();
  const { workspaceId, accessKey, session, units: sessionUnits } = useComposer();
  const uid = useId();
  const [query, setQuery] = useState('');
  const search = useLibrarySearch(workspaceId, accessKey, query);
  const [announcement, setAnnouncement] = useState('');
  const [before, setBefore] = useState(AT_END);
  // An item taken out since it was chosen: the end again.
  const beforeIndex = session.items.findIndex((item) => item.id === before);
  const position = beforeIndex === -1 ? null : beforeIndex + 1;
  const usedCount = (unitId: string) => session.items.filter((item) => item.kind === 'unit' && item.unitId === unitId).length;
  const add = (unit: UnitSummary) => {
    const id = newItemId();
    const index = beforeIndex === -1 ? undefined : beforeIndex;
    change(() => insertSessionItem(doc, { id, kind: 'unit', unitId: unit.id, mode: 'live' }, index));
    showAddedItem(id);
    setAnnouncement(t('composer.library.added', { title: unit.title.trim() || t('composer.unit.untitled'), position: (index ?? session.items.length) + 1 }));
  };
  const units = search.status === 'error' ? [] : search.units;
  return (
    <section className="card library-panel" aria-labelledby={`${uid}-title`} data-testid="library-panel">
      <h2 id={`${uid}-title`}>{t('composer.library.title')}</h2>
      <div className="field">
        <label htmlFor={`${uid}-q`}>{t('composer.library.search')}</label>
        <input
          id={`${uid}-q`}
          type="search"
          value={query}
          maxLength={200}
          autoComplete="off"
          aria-describedby={`${uid}-status`}
          onChange={(event) => setQuery(event.target.value)}
          data-native-undo
          data-testid="library-search"
        />
      </div>
      {session.items.length > 0 && (
        <div className="field library-panel__position">
          <label htmlFor={`${uid}-at`}>{t('composerPanes.position')}</label>
          <select id={`${uid}-at`} value={position === null ? AT_END : before} onChange={(event) => setBefore(event.target.value)} data-testid="library-position">
            <option value={AT_END}>{t('composerPanes.atEnd')}</option>
            {session.items.map((item, index) => (
              <option key={item.id} value={item.id}>
                {t('composerPanes.before', { position: index + 1, title: itemTitle(t, item, sessionUnits.byItem.get(item.id)) })}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="hint" id={`${uid}-status`} role="status" data-testid="library-status" data-status={search.status}>
        {search.status === 'searching' && t('composer.library.searching')}
        {search.status === 'ready' && search.total === 0 && (query.trim() ? t('composer.library.noMatch') : t('composer.library.empty'))}
        {search.status === 'ready' && search.total > 0 && (query.trim() ? t('composer.library.found', { count: search.total }) : t('composer.library.recent'))}
        {search.status === 'error' && (search.offline ? t('composer.library.offline') : `${t('composer.library.failed')} ${apiErrorMessage(t, search.error)}`)}
      </p>
      {units.length > 0 && (
        <ul className="library-results" data-testid="library-results">
          {units.map((unit) => <LibraryResult key={unit.id} unit={unit} used={usedCount(unit.id)} position={position} onAdd={() => add(unit)} />)}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}
