import { itemText, removeItem, updateItem } from '@minga/doc-model';
import { STEP_KINDS, type StepKind } from '@minga/schema';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { MinutesField } from '../fields/MinutesField.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

interface StepRowProps {
  id: string;
  index: number;
  kind: StepKind;
  minutes: number;
  autoFocus: boolean;
  handle: ReactNode;
  moveButtons: ReactNode;
}

/** One step of the sequence: title, kind of activity, minutes and facilitator notes. */
export function StepRow({ id, index, kind, minutes, autoFocus, handle, moveButtons }: StepRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const uid = useId();
  const field = `step:${id}`;
  const focus = useFieldFocus(field);
  return (
    <article className="step-row" data-testid="step" aria-labelledby={`${uid}-heading`} {...focus}>
      <div className="step-row__top">
        {handle}
        <h3 className="step-row__number" id={`${uid}-heading`}>{t('unit.steps.number', { n: index + 1 })}</h3>
        <FieldPresence field={field} />
        <span className="step-row__tools">
          {moveButtons}
          {editable && <RemoveButton label={t('unit.steps.remove', { n: index + 1 })} onRemove={() => change(() => removeItem(doc, 'steps', id))} />}
        </span>
      </div>
      <div className="step-row__fields">
        <div className="step-row__title">
          <TextField text={itemText(doc, 'steps', id, 'title')} field={field} label={t('unit.steps.title')} presence={false} autoFocus={autoFocus} maxLength={200} testId="step-title" commentOn={{ field: 'steps', itemId: id, part: 'title' }} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-kind`}>{t('unit.steps.kind')}</label>
          <select
            id={`${uid}-kind`}
            value={kind}
            disabled={!editable}
            data-testid="step-kind"
            onChange={(event) => {
              const next = event.target.value as StepKind;
              change(() => updateItem(doc, 'steps', id, { kind: next }));
            }}
          >
            {STEP_KINDS.map((option) => <option key={option} value={option}>{t(STEP_KIND_LABELS[option])}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-minutes`}>{t('unit.steps.minutes')}</label>
          <MinutesField
            id={`${uid}-minutes`}
            value={minutes}
            readOnly={!editable}
            testId="step-minutes"
            onChange={(next) => next !== null && change(() => updateItem(doc, 'steps', id, { minutes: next }))}
          />
        </div>
      </div>
      <TextField text={itemText(doc, 'steps', id, 'notes')} field={field} label={t('unit.steps.notes')} presence={false} multiline rows={2} testId="step-notes" commentOn={{ field: 'steps', itemId: id, part: 'notes' }} />
    </article>
  );
}
