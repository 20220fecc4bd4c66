import { insertItem, itemText, moveItem } from '@minga/doc-model';
import { newItemId, type Step } from '@minga/schema';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { MoveButtons } from './MoveButtons.tsx';
import { SortableList } from './SortableList.tsx';
import { StepRow } from './StepRow.tsx';
import { TotalMinutes } from './TotalMinutes.tsx';
import { useUnitEditor } from './UnitEditorContext.ts';

const pickPlain = (step: Step) => ({ id: step.id, kind: step.kind, minutes: step.minutes });

/** The unit's sequence: timed steps, reordered by drag and drop or keyboard, with the live total. */
export function StepsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useUnitEditor();
  const steps = useUnitList(doc, 'steps', pickPlain);
  const ids = steps.map((step) => step.id);
  const [added, setAdded] = useState<string | null>(null);
  const describe = useCallback(
    (id: string) => t('unit.steps.item', { n: ids.indexOf(id) + 1, title: itemText(doc, 'steps', id, 'title')?.toString() || t('unit.steps.untitled') }),
    [t, doc, ids],
  );
  const move = (id: string, to: number) => change(() => moveItem(doc, 'steps', id, to));
  const add = () => {
    const id = newItemId();
    change(() => insertItem(doc, 'steps', { id, title: '', kind: 'talk', minutes: 10, notes: '' }));
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
        {editable && <button type="button" onClick={add} data-testid="add-step">{t('unit.steps.add')}</button>}
      </div>
    </>
  );
}
