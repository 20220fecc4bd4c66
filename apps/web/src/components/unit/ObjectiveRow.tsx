import { itemText, removeItem } from '@minga/doc-model';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

interface ObjectiveRowProps {
  id: string;
  index: number;
  autoFocus: boolean;
  handle: ReactNode;
  moveButtons: ReactNode;
}

/** One learning objective: its text, its grip, move and remove buttons, who is in it. */
export function ObjectiveRow({ id, index, autoFocus, handle, moveButtons }: ObjectiveRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const field = `objective:${id}`;
  const focus = useFieldFocus(field);
  const label = t('unit.objectives.label', { n: index + 1 });
  return (
    <div className="list-row" data-testid="objective" {...focus}>
      {handle}
      <div className="list-row__main">
        <TextField text={itemText(doc, 'objectives', id, 'text')} field={field} label={label} labelHidden presence={false} autoFocus={autoFocus} multiline rows={1} testId="objective-text" commentOn={{ field: 'objectives', itemId: id, part: 'text' }} />
      </div>
      <FieldPresence field={field} />
      {moveButtons}
      {editable && <RemoveButton label={t('unit.objectives.remove', { n: index + 1 })} onRemove={() => change(() => removeItem(doc, 'objectives', id))} />}
    </div>
  );
}
