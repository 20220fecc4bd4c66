import { unitText } from '@minga/doc-model';
import { useTranslation } from 'react-i18next';
import { DescriptionField } from './DescriptionField.tsx';
import { HashtagsField } from './HashtagsField.tsx';
import { NextStepsList } from './NextStepsList.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/** The network's header standard: title, description in 3 lines, next steps, hashtags, context, participants. */
export function HeaderStandard() {
  const { t } = useTranslation();
  const { doc } = useDocEditor();
  return (
    <div className="header-standard">
      <TextField text={unitText(doc, 'title')} field="title" label={t('unit.title.label')} maxLength={200} placeholder={t('unit.title.placeholder')} testId="unit-title" />
      <DescriptionField />
      <NextStepsList />
      <HashtagsField />
      <TextField text={unitText(doc, 'context')} field="context" label={t('unit.context.label')} hint={t('unit.context.hint')} multiline rows={3} testId="unit-context" />
      <TextField text={unitText(doc, 'participants')} field="participants" label={t('unit.participants.label')} hint={t('unit.participants.hint')} multiline rows={2} testId="unit-participants" />
    </div>
  );
}
