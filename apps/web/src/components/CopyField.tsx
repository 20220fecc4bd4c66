import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
}

/** A read-only field holding a link, with a button that copies it. */
export function CopyField({ label, value, hint, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (or plain http): select the text so Ctrl+C works.
      input.current?.select();
      return;
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      <div className="copy-field__row">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          data-testid={testId}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {copied ? t('copy.done') : t('copy.action')}
        </button>
      </div>
      <span className="visually-hidden" aria-live="polite">{copied ? t('copy.announce') : ''}</span>
    </div>
  );
}
