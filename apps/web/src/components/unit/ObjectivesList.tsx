import { insertItem, itemText, moveItem } from '@minga/doc-model';
import { newItemId, type Objective } from '@minga/schema';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { MoveButtons } from '../fields/MoveButtons.tsx';
import { ObjectiveRow } from './ObjectiveRow.tsx';
import { SortableList } from '../fields/SortableList.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const pickId = (item: Objective) => item.id;

/** The unit's learning objectives: an ordered list everyone edits. */
export function ObjectivesList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const ids = useUnitList(doc, 'objectives', pickId);
  const [added, setAdded] = useState<string | null>(null);
  const describe = useCallback(
    (id: string) => t('unit.objectives.item', { n: ids.indexOf(id) + 1, text: itemText(doc, 'objectives', id, 'text')?.toString() ?? '' }),
    [t, doc, ids],
  );
  const move = (id: string, to: number) => change(() => moveItem(doc, 'objectives', id, to));
  const add = () => {
    const id = newItemId();
    change(() => insertItem(doc, 'objectives', { id, text: '' }));
    setAdded(id);
  };
  return (
    <>
      {ids.length === 0 && <p className="hint">{t('unit.objectives.empty')}</p>}
      <SortableList
        ids={ids}
        ordered
        onMove={move}
        describe={describe}
        disabled={!editable}
        testId="objectives-list"
        renderItem={(id, index, handle) => (
          <ObjectiveRow
            id={id}
            index={index}
            autoFocus={id === added}
            handle={handle}
            moveButtons={editable && <MoveButtons index={index} count={ids.length} itemLabel={describe(id)} onMove={(to) => move(id, to)} />}
          />
        )}
      />
      {editable && (
        <div className="actions">
          <button type="button" onClick={add} data-testid="add-objective">{t('unit.objectives.add')}</button>
        </div>
      )}
    </>
  );
}
