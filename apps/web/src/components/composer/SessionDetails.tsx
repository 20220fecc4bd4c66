import { sessionText, setSessionMeta } from '@minga/doc-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';
import { MinutesField } from '../fields/MinutesField.tsx';
import { LocalDateTimeInput } from './LocalDateTimeInput.tsx';
import { formatSessionDate } from './sessionFormat.ts';

/** Title, audience, date, place, start time and target duration of the session. */
export function SessionDetails() {
  const { t, i18n } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session } = useComposer();
  const uid = useId();
  return (
    <div className="session-details">
      <TextField text={sessionText(doc, 'title')} field="title" label={t('composer.details.titleLabel')} maxLength={200} testId="session-title" />
      <TextField
        text={sessionText(doc, 'audience')}
        field="audience"
        label={t('composer.details.audience')}
        hint={t('composer.details.audienceHint')}
        maxLength={300}
        testId="session-audience"
      />
      <div className="session-details__row">
        <div className="field">
          <label htmlFor={`${uid}-date`}>{t('composer.details.date')}</label>
          <LocalDateTimeInput
            kind="date"
            id={`${uid}-date`}
            value={session.date ?? ''}
            readOnly={!editable}
            describedBy={session.date ? `${uid}-date-long` : undefined}
            testId="session-date"
            onChange={(date) => change(() => setSessionMeta(doc, { date: date || null }))}
          />
          {session.date && <p className="hint" id={`${uid}-date-long`} data-testid="session-date-long">{formatSessionDate(session.date, i18n.language)}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-start`}>{t('composer.details.startTime')}</label>
          <LocalDateTimeInput
            kind="time"
            id={`${uid}-start`}
            value={session.startTime ?? ''}
            readOnly={!editable}
            testId="session-start-time"
            onChange={(time) => change(() => setSessionMeta(doc, { startTime: time || null }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-target`}>{t('composer.details.target')}</label>
          <MinutesField
            id={`${uid}-target`}
            value={session.targetMinutes}
            readOnly={!editable}
            describedBy={`${uid}-target-hint`}
            testId="session-target-minutes"
            onChange={(minutes) => change(() => setSessionMeta(doc, { targetMinutes: minutes ?? 0 }))}
          />
          <p className="hint" id={`${uid}-target-hint`}>{formatDuration(t, session.targetMinutes)}</p>
        </div>
      </div>
      <TextField text={sessionText(doc, 'place')} field="place" label={t('composer.details.place')} maxLength={300} testId="session-place" />
    </div>
  );
}
