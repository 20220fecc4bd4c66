import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hhmmToText, isoDateToText, textToHhmm, textToIsoDate } from '../../lib/localDateTime.ts';

interface LocalDateTimeInputProps {
  kind: 'date' | 'time';
  id: string;
  /** `YYYY-MM-DD` for a date, `HH:MM` for a time, `''` when not set. */
  value: string;
  /** Called with each readable value typed (`''` when emptied). */
  onChange: (value: string) => void;
  readOnly?: boolean;
  describedBy?: string | undefined;
  testId: string;
}

/**
 * A date or time field in the interface's language (see localDateTime.ts), not the browser's:
 * what is typed is saved as soon as it reads as a date or time, and written back in the
 * language's form when the field is left; what cannot be read is said under the field.
 */
export function LocalDateTimeInput({ kind, id, value, onChange, readOnly = false, describedBy, testId }: LocalDateTimeInputProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // null: show the stored value; a string: what the person is typing.
  const [draft, setDraft] = useState<string | null>(null);
  const toText = kind === 'date' ? isoDateToText : hhmmToText;
  const fromText = kind === 'date' ? textToIsoDate : textToHhmm;
  const shown = draft ?? (value ? toText(value, language) : '');
  const invalid = draft !== null && fromText(draft, language) === null;
  const errorId = `${id}-invalid`;
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={kind === 'date' ? 'numeric' : 'text'}
        autoComplete="off"
        placeholder={t(kind === 'date' ? 'composer.details.datePattern' : 'composer.details.timePattern')}
        value={shown}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={[invalid ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined}
        data-testid={testId}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const read = fromText(text, language);
          if (read !== null && read !== value) onChange(read);
        }}
        onBlur={() => {
          if (draft !== null && fromText(draft, language) !== null) setDraft(null);
        }}
      />
      {invalid && (
        <p className="field-error" id={errorId} role="alert" data-testid={`${testId}-invalid`}>
          {t(kind === 'date' ? 'composer.details.dateInvalid' : 'composer.details.timeInvalid')}
        </p>
      )}
    </>
  );
}
