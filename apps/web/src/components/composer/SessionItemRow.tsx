import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { removeSessionItem } from '@minga/doc-model';
import type { SessionItem } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { DragHandle } from '../fields/DragHandle.tsx';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { MoveButtons } from '../fields/MoveButtons.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useLibraryDrop } from './ComposerDnd.tsx';
import { useComposer } from './ComposerContext.ts';
import { FreeItemBody } from './FreeItemBody.tsx';
import { ITEM_KIND_LABELS, itemTitle } from './itemLabels.ts';
import { formatClockRange } from './sessionFormat.ts';
import { UnitItemBody } from './UnitItemBody.tsx';

interface SessionItemRowProps {
  item: SessionItem;
  index: number;
  count: number;
  autoFocus: boolean;
  onMove: (toIndex: number) => void;
  /** The item was taken out of the session (undo brings it back). */
  onRemoved?: (removed: { id: string; title: string }) => void;
}

const SOURCE_LABELS = {
  free: null,
  unit: 'composer.minutes.fromUnit',
  override: 'composer.minutes.override',
  missing: 'composer.minutes.missing',
} as const;

/** One item of the session: its grip, clock time, title and minutes, then the fields of its kind. */
export function SessionItemRow({ item, index, count, autoFocus, onMove, onRemoved }: SessionItemRowProps) {
  const { t, i18n } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { workspaceId, accessKey, units, timing } = useComposer();
  const { dragging, insertAt } = useLibraryDrop();
  const uid = useId();
  const field = `item:${item.id}`;
  const focus = useFieldFocus(field);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !editable,
    attributes: { roleDescription: t('composer.dnd.roleDescription') },
  });
  const unit = units.byItem.get(item.id);
  const title = itemTitle(t, item, unit);
  const described = t('composer.items.describe', { n: index + 1, title });
  const itemTiming = timing.items[index];
  const minutes = itemTiming?.minutes ?? 0;
  const clock = formatClockRange(itemTiming?.start, itemTiming?.end, i18n.language);
  const source = itemTiming ? SOURCE_LABELS[itemTiming.source] : null;
  const style = { transform: CSS.Translate.toString(transform), transition };
  const classes = [
    'sortable-row',
    'session-item',
    `session-item--${item.kind}`,
    isDragging ? 'sortable-row--dragging' : '',
    dragging && insertAt === index ? 'session-item--drop-before' : '',
  ].filter(Boolean).join(' ');

  return (
    <li ref={setNodeRef} style={style} className={classes} data-item-id={item.id} data-kind={item.kind} data-testid="session-item" data-minutes={minutes}>
      <article className="session-item__card" aria-labelledby={`${uid}-title`} {...focus}>
        <div className="session-item__top">
          {editable && (
            <DragHandle attributes={attributes} listeners={listeners} activatorRef={setActivatorNodeRef} label={t('composer.dnd.grab', { item: described })} testId="item-drag-handle" />
          )}
          <div className="session-item__heading">
            <p className="session-item__meta">
              <span className={`kind-tag kind-tag--${item.kind}`}>{t(ITEM_KIND_LABELS[item.kind])}</span>
              {clock && <span className="session-item__clock" data-testid="item-clock">{clock}</span>}
            </p>
            <h3 className="session-item__title" id={`${uid}-title`} data-testid="item-title">
              <span className="session-item__number">{index + 1}. </span>
              {item.kind === 'unit' && unit?.used.status === 'ok' ? (
                <Link to={unitPath(workspaceId, item.unitId, accessKey)}>{title}</Link>
              ) : (
                title
              )}
            </h3>
          </div>
          <p className="session-item__minutes">
            <strong data-testid="item-minutes">{formatDuration(t, minutes)}</strong>
            {source && <span className="hint">{t(source)}</span>}
          </p>
          <FieldPresence field={field} />
          {editable && (
            <span className="session-item__tools">
              <MoveButtons index={index} count={count} itemLabel={described} onMove={onMove} />
              <RemoveButton label={t('composer.items.remove', { item: described })} onRemove={() => {
                change(() => removeSessionItem(doc, item.id));
                onRemoved?.({ id: item.id, title });
              }} />
            </span>
          )}
        </div>
        {item.kind === 'unit'
          ? <UnitItemBody item={item} unit={unit} itemTitle={title} />
          : <FreeItemBody item={item} autoFocus={autoFocus} />}
      </article>
    </li>
  );
}
