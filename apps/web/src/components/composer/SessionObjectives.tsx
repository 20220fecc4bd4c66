import { insertSessionListItem, moveSessionListItem, removeSessionListItem, sessionEntryText } from '@minga/doc-model';
import { newItemId } from '@minga/schema';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { MoveButtons } from '../fields/MoveButtons.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { SortableList } from '../fields/SortableList.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';
import { ObjectiveCoverage } from './ObjectiveCoverage.tsx';

interface ObjectiveRowProps {
  id: string;
  index: number;
  autoFocus: boolean;
  handle: ReactNode;
  moveButtons: ReactNode;
}

function SessionObjectiveRow({ id, index, autoFocus, handle, moveButtons }: ObjectiveRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const field = `objective:${id}`;
  const focus = useFieldFocus(field);
  return (
    <div className="list-row" data-testid="session-objective" {...focus}>
      {handle}
      <div className="list-row__main">
        <TextField
          text={sessionEntryText(doc, 'objectives', id)}
          field={field}
          label={t('composer.objectives.label', { n: index + 1 })}
          labelHidden
          presence={false}
          autoFocus={autoFocus}
          multiline
          rows={1}
          maxLength={1000}
          testId="session-objective-text"
        />
      </div>
      <FieldPresence field={field} />
      {moveButtons}
      {editable && (
        <RemoveButton label={t('composer.objectives.remove', { n: index + 1 })} onRemove={() => change(() => removeSessionListItem(doc, 'objectives', id))} />
      )}
    </div>
  );
}

/** The session's learning objectives, and which of them the units cover. */
export function SessionObjectives() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session } = useComposer();
  const ids = session.objectives.map((objective) => objective.id);
  const [added, setAdded] = useState<string | null>(null);
  const describe = useCallback(
    (id: string) => {
      const index = ids.indexOf(id);
      return t('composer.objectives.item', { n: index + 1, text: session.objectives[index]?.text ?? '' });
    },
    [t, ids, session.objectives],
  );
  const move = (id: string, to: number) => change(() => moveSessionListItem(doc, 'objectives', id, to));
  const add = () => {
    const id = newItemId();
    change(() => insertSessionListItem(doc, 'objectives', { id, text: '' }));
    setAdded(id);
  };
  return (
    <>
      <p className="hint">{t('composer.objectives.hint')}</p>
      {ids.length === 0 && <p className="hint">{t('composer.objectives.empty')}</p>}
      <SortableList
        ids={ids}
        ordered
        onMove={move}
        describe={describe}
        disabled={!editable}
        testId="session-objectives"
        renderItem={(id, index, handle) => (
          <SessionObjectiveRow
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
          <button type="button" onClick={add} data-testid="add-session-objective">{t('composer.objectives.add')}</button>
        </div>
      )}
      <ObjectiveCoverage />
    </>
  );
}
