import { MINUTES_MAX } from '@minga/schema';
import { useState } from 'react';
import './fields.css';

/** Whole minutes within the schema's range; '' is "none" when the field may be left empty. */
export function parseMinutesDraft(raw: string, optional: boolean): number | null | undefined {
  if (raw.trim() === '') return optional ? null : undefined;
  const minutes = Number(raw);
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= MINUTES_MAX ? minutes : undefined;
}

interface MinutesFieldProps {
  id: string;
  /** null: no value (an optional field left empty). */
  value: number | null;
  /** Called with each valid value typed (null when an optional field is emptied). */
  onChange: (minutes: number | null) => void;
  readOnly: boolean;
  optional?: boolean;
  placeholder?: string;
  describedBy?: string;
  testId: string;
}

/**
 * Whole minutes from 0 to 600, a plain value (last writer wins): a step's, a session item's or a
 * session's. While someone types, their draft stays on screen and is marked invalid until it is a
 * whole number in range; valid values go out at once for the others to see, and undo is the doc's.
 */
export function MinutesField({ id, value, onChange, readOnly, optional = false, placeholder, describedBy, testId }: MinutesFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : String(value));
  const invalid = draft !== null && parseMinutesDraft(draft, optional) === undefined;
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={0}
      max={MINUTES_MAX}
      step={1}
      className="minutes-input"
      value={shown}
      readOnly={readOnly}
      placeholder={placeholder}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      data-testid={testId}
      onFocus={() => setDraft(value === null ? '' : String(value))}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        const raw = event.target.value;
        setDraft(raw);
        const minutes = parseMinutesDraft(raw, optional);
        if (minutes !== undefined && minutes !== value) onChange(minutes);
      }}
    />
  );
}
