import { insertItem, itemText, moveItem } from '@minga/doc-model';
import { newItemId, type NextStep } from '@minga/schema';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { MoveButtons } from '../fields/MoveButtons.tsx';
import { NextStepRow } from './NextStepRow.tsx';
import { SortableList } from '../fields/SortableList.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const pickDone = (item: NextStep) => ({ id: item.id, done: item.done, owner: item.owner, target: item.target });

/** The header standard's next steps: a checklist, so whoever continues knows what was decided. */
export function NextStepsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const items = useUnitList(doc, 'nextSteps', pickDone);
  const ids = items.map((item) => item.id);
  const [added, setAdded] = useState<string | null>(null);
  const describe = useCallback(
    (id: string) => itemText(doc, 'nextSteps', id, 'text')?.toString() || t('unit.nextSteps.untitled'),
    [t, doc],
  );
  const move = (id: string, to: number) => change(() => moveItem(doc, 'nextSteps', id, to));
  const add = () => {
    const id = newItemId();
    change(() => insertItem(doc, 'nextSteps', { id, text: '', done: false }));
    setAdded(id);
  };
  return (
    <fieldset className="unit-fieldset" data-testid="next-steps">
      <legend>{t('unit.nextSteps.label')}</legend>
      {items.length === 0 && <p className="hint">{t('unit.nextSteps.empty')}</p>}
      <SortableList
        ids={ids}
        onMove={move}
        describe={describe}
        disabled={!editable}
        className="checklist"
        renderItem={(id, index, handle) => (
          <NextStepRow
            id={id}
            index={index}
            done={items[index]?.done ?? false}
            owner={items[index]?.owner}
            target={items[index]?.target}
            autoFocus={id === added}
            handle={handle}
            moveButtons={editable && <MoveButtons index={index} count={ids.length} itemLabel={describe(id)} onMove={(to) => move(id, to)} />}
          />
        )}
      />
      {editable && (
        <div className="actions">
          <button type="button" onClick={add} data-testid="add-next-step">{t('unit.nextSteps.add')}</button>
        </div>
      )}
    </fieldset>
  );
}
