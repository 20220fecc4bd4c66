import { MINUTES_MAX } from '@minga/schema';
import { useState } from 'react';
import './fields.css';

/** Whole minutes within the schema's range, or null. */
function parseMinutes(raw: string): number | null {
  const minutes = Number(raw);
  return raw.trim() !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= MINUTES_MAX ? minutes : null;
}

interface MinutesInputProps {
  id: string;
  value: number;
  onChange: (minutes: number) => void;
  readOnly: boolean;
  describedBy?: string;
}

/** Whole minutes from 0 to 600. While someone types, their draft stays; valid values go out at once. */
export function MinutesInput({ id, value, onChange, readOnly, describedBy }: MinutesInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(value);
  const invalid = draft !== null && parseMinutes(draft) === null;
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
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      data-testid="step-minutes"
      onFocus={() => setDraft(String(value))}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        const raw = event.target.value;
        setDraft(raw);
        const minutes = parseMinutes(raw);
        if (minutes !== null && minutes !== value) onChange(minutes);
      }}
    />
  );
}
