import { updateItem } from '@minga/doc-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainValueInput } from '../fields/PlainValueInput.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

interface NextStepOwnerFieldsProps {
  id: string;
  index: number;
  owner: string | undefined;
  target: string | undefined;
}

/** Who takes a next step on (responsable) and for when or which event (échéance): plain values, last writer wins. */
export function NextStepOwnerFields({ id, index, owner, target }: NextStepOwnerFieldsProps) {
  const { t } = useTranslation();
  const uid = useId();
  const { doc, editable, change } = useDocEditor();
  // An emptied field is left out of the JSON form, as for a step that never had one.
  const write = (key: 'owner' | 'target') => (value: string) => change(() => updateItem(doc, 'nextSteps', id, { [key]: value.trim() === '' ? undefined : value.replace(/[\r\n]+/g, ' ') }));
  return (
    <div className="next-step-owner">
      <label htmlFor={`${uid}-owner`} className="visually-hidden">{t('relay.nextStep.ownerLabel', { n: index + 1 })}</label>
      <PlainValueInput id={`${uid}-owner`} value={owner ?? ''} onCommit={write('owner')} readOnly={!editable} maxLength={100} placeholder={t('relay.nextStep.ownerPlaceholder')} data-testid="next-step-owner" />
      <label htmlFor={`${uid}-target`} className="visually-hidden">{t('relay.nextStep.targetLabel', { n: index + 1 })}</label>
      <PlainValueInput id={`${uid}-target`} value={target ?? ''} onCommit={write('target')} readOnly={!editable} maxLength={100} placeholder={t('relay.nextStep.targetPlaceholder')} data-testid="next-step-target" />
    </div>
  );
}
