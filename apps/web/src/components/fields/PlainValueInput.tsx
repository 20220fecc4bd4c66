import { useState, type InputHTMLAttributes } from 'react';

interface PlainValueInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Called with each valid value typed; a plain value: the last writer wins. */
  onCommit: (value: string) => void;
  /** Whether a typed value may be written (an URL, say); invalid drafts stay local. */
  isValid?: (value: string) => boolean;
}

/**
 * An input for a plain value of the doc (a link, a licence name): not merged character by
 * character like text, so while the person types, their draft stays on screen, and each valid
 * value is written at once for the others to see.
 */
export function PlainValueInput({ value, onCommit, isValid = () => true, ...rest }: PlainValueInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  return (
    <input
      type="text"
      {...rest}
      value={shown}
      aria-invalid={!isValid(shown) || undefined}
      data-native-undo
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        if (isValid(next) && next !== value) onCommit(next);
      }}
    />
  );
}
