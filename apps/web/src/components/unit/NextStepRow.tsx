import { itemText, removeItem, updateItem } from '@minga/doc-model';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { NextStepOwnerFields } from '../relay/NextStepOwnerFields.tsx';
import '../relay/relay.css';

interface NextStepRowProps {
  id: string;
  index: number;
  done: boolean;
  owner?: string | undefined;
  target?: string | undefined;
  autoFocus: boolean;
  handle: ReactNode;
  moveButtons: ReactNode;
}

/** One next step: ticked when done, its text, owner and target, grip, move and remove buttons. */
export function NextStepRow({ id, index, done, owner, target, autoFocus, handle, moveButtons }: NextStepRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const field = `nextStep:${id}`;
  const focus = useFieldFocus(field);
  return (
    <div className={`list-row ${done ? 'list-row--done' : ''}`} data-testid="next-step" {...focus}>
      {handle}
      <input
        type="checkbox"
        className="list-row__check"
        checked={done}
        disabled={!editable}
        onChange={(event) => {
          const checked = event.target.checked;
          change(() => updateItem(doc, 'nextSteps', id, { done: checked }));
        }}
        aria-label={t('unit.nextSteps.done', { n: index + 1 })}
        data-testid="next-step-done"
      />
      <div className="list-row__main">
        <TextField
          text={itemText(doc, 'nextSteps', id, 'text')}
          field={field}
          label={t('unit.nextSteps.itemLabel', { n: index + 1 })}
          labelHidden
          presence={false}
          autoFocus={autoFocus}
          maxLength={500}
          testId="next-step-text"
          commentOn={{ field: 'nextSteps', itemId: id, part: 'text' }}
        />
        <NextStepOwnerFields id={id} index={index} owner={owner} target={target} />
      </div>
      <FieldPresence field={field} />
      {moveButtons}
      {editable && <RemoveButton label={t('unit.nextSteps.remove', { n: index + 1 })} onRemove={() => change(() => removeItem(doc, 'nextSteps', id))} />}
    </div>
  );
}
