import { insertItem, itemText, moveItem } from '@minga/doc-model';
import { MINUTES_MAX, newItemId, type Step } from '@minga/schema';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { MoveButtons } from '../fields/MoveButtons.tsx';
import { SortableList } from '../fields/SortableList.tsx';
import { StepRow } from './StepRow.tsx';
import { TotalMinutes } from './TotalMinutes.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const pickPlain = (step: Step) => ({ id: step.id, kind: step.kind, minutes: step.minutes });

/** The unit's sequence: timed steps, reordered by drag and drop or keyboard, with the live total. */
export function StepsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const steps = useUnitList(doc, 'steps', pickPlain);
  const ids = steps.map((step) => step.id);
  const [added, setAdded] = useState<string | null>(null);
  const uid = useId();
  // The new step's minutes are asked beside the button: no made-up duration to correct later.
  const [newMinutes, setNewMinutes] = useState('');
  const parsedMinutes = /^\d{1,3}$/.test(newMinutes.trim()) ? Number(newMinutes) : newMinutes.trim() === '' ? 0 : NaN;
  const minutesValid = Number.isInteger(parsedMinutes) && parsedMinutes <= MINUTES_MAX;
  const describe = useCallback(
    (id: string) => t('unit.steps.item', { n: ids.indexOf(id) + 1, title: itemText(doc, 'steps', id, 'title')?.toString() || t('unit.steps.untitled') }),
    [t, doc, ids],
  );
  const move = (id: string, to: number) => change(() => moveItem(doc, 'steps', id, to));
  const add = () => {
    const id = newItemId();
    if (!minutesValid) return;
    change(() => insertItem(doc, 'steps', { id, title: '', kind: 'talk', minutes: parsedMinutes, notes: '' }));
    setNewMinutes('');
    setAdded(id);
  };
  return (
    <>
      {steps.length === 0 && <p className="hint">{t('unit.steps.empty')}</p>}
      <SortableList
        ids={ids}
        ordered
        onMove={move}
        describe={describe}
        disabled={!editable}
        className="steps-list"
        testId="steps-list"
        renderItem={(id, index, handle) => (
          <StepRow
            id={id}
            index={index}
            kind={steps[index]?.kind ?? 'other'}
            minutes={steps[index]?.minutes ?? 0}
            autoFocus={id === added}
            handle={handle}
            moveButtons={editable && <MoveButtons index={index} count={ids.length} itemLabel={describe(id)} onMove={(to) => move(id, to)} />}
          />
        )}
      />
      <div className="steps-footer">
        <TotalMinutes />
        {editable && (
          <div className="steps-add">
            <div className="field">
              <label htmlFor={`${uid}-minutes`}>{t('unit.steps.newMinutes')}</label>
              <input
                id={`${uid}-minutes`}
                type="number"
                inputMode="numeric"
                className="minutes-input"
                min={0}
                max={MINUTES_MAX}
                step={1}
                value={newMinutes}
                placeholder="0"
                aria-describedby={`${uid}-minutes-hint`}
                aria-invalid={!minutesValid || undefined}
                data-native-undo
                data-testid="new-step-minutes"
                onChange={(event) => setNewMinutes(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') add();
                }}
              />
              <p className="hint" id={`${uid}-minutes-hint`}>{t('unit.steps.newMinutesHint')}</p>
            </div>
            <button type="button" onClick={add} disabled={!minutesValid} data-testid="add-step">{t('unit.steps.add')}</button>
          </div>
        )}
      </div>
    </>
  );
}
