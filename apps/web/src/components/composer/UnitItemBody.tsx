import { sessionItemText, updateSessionItem } from '@minga/doc-model';
import type { UnitItem } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemUnit } from '../../hooks/useSessionUnits.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { ItemFacilitatorField } from './ItemFacilitatorField.tsx';
import { ItemObjectives } from './ItemObjectives.tsx';
import { MinutesField } from '../fields/MinutesField.tsx';
import { PinControl } from './PinControl.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';

interface UnitItemBodyProps {
  item: UnitItem;
  unit: ItemUnit | undefined;
  itemTitle: string;
}

/** A library unit in the session: what went wrong with it if anything, its minutes here, who, version, transition, objectives. */
export function UnitItemBody({ item, unit, itemTitle }: UnitItemBodyProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const uid = useId();
  const used = unit?.used;
  const unitMinutes = used?.status === 'ok' ? used.value.steps.reduce((sum, step) => sum + step.minutes, 0) : null;
  return (
    <div className="session-item__body">
      {used?.status === 'missing' && (
        <p className="notice notice--error" role="alert" data-testid="unit-missing-notice">{t('composer.unit.missing')}</p>
      )}
      {used?.status === 'error' && <p className="notice notice--warning" data-testid="unit-unavailable-notice">{t('composer.unit.unavailable')}</p>}
      {used?.status === 'ok' && used.offline && <p className="hint" data-testid="unit-offline-copy">{t('composer.unit.offlineCopy')}</p>}
      {used?.status === 'ok' && used.value.description.trim() && <p className="session-item__description">{used.value.description}</p>}
      <div className="session-item__fields">
        <div className="field">
          <label htmlFor={`${uid}-override`}>{t('composer.minutes.overrideLabel')}</label>
          <MinutesField
            id={`${uid}-override`}
            value={item.minutesOverride ?? null}
            optional
            readOnly={!editable}
            placeholder={unitMinutes === null ? '' : String(unitMinutes)}
            describedBy={`${uid}-override-hint`}
            testId="item-minutes-override"
            onChange={(minutes) => change(() => updateSessionItem(doc, item.id, { minutesOverride: minutes ?? undefined }))}
          />
          <p className="hint" id={`${uid}-override-hint`}>
            {unitMinutes === null ? t('composer.minutes.overrideHintNoUnit') : t('composer.minutes.overrideHint', { duration: formatDuration(t, unitMinutes) })}
          </p>
        </div>
        <ItemFacilitatorField item={item} />
      </div>
      {used?.status !== 'missing' && <PinControl item={item} unit={unit} />}
      {item.mode === 'pinned' && <UpdateNotice item={item} unit={unit} itemTitle={itemTitle} />}
      <TextField
        text={sessionItemText(doc, item.id, 'transitionNote')}
        field={`item:${item.id}`}
        label={t('composer.items.transition')}
        hint={t('composer.items.transitionHint')}
        presence={false}
        multiline
        rows={2}
        maxLength={2000}
        testId="item-transition"
      />
      <ItemObjectives item={item} />
    </div>
  );
}
