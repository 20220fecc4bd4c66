import { unitText } from '@minga/doc-model';
import { countLines, DESCRIPTION_MAX_LINES } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { useYTextValue } from '../../hooks/useYTextValue.ts';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

/** The header standard's "description in 3 lines", with its line count, which turns into one warning past 3. */
export function DescriptionField() {
  const { t } = useTranslation();
  const { doc } = useDocEditor();
  const text = unitText(doc, 'description');
  const lines = countLines(useYTextValue(text));
  const over = lines > DESCRIPTION_MAX_LINES;
  const footer = (
    <p className={`line-count ${over ? 'line-count--over' : ''}`} data-testid="description-lines" data-over={over} aria-live="polite">
      {over
        ? t('unit.description.tooLong', { count: lines, max: DESCRIPTION_MAX_LINES })
        : t('unit.description.lines', { count: lines, max: DESCRIPTION_MAX_LINES })}
    </p>
  );
  return (
    <TextField
      text={text}
      field="description"
      label={t('unit.description.label')}
      hint={t('unit.description.hint')}
      multiline
      rows={3}
      testId="unit-description"
      footer={footer}
    />
  );
}
