import { isSafeLinkHref } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeHref } from './completeHref.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface LinkDialogProps {
  /** The link at the caret, when there is one. */
  initialHref: string;
  /** A safe href to set, or null to remove the link. */
  onSave: (href: string | null) => void;
  onClose: () => void;
}

/** Asks for a link's address; only http(s) and mailto addresses are accepted. */
export function LinkDialog({ initialHref, onSave, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const [value, setValue] = useState(initialHref);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const href = completeHref(value);
    if (href === '') {
      onSave(null);
      return;
    }
    if (!isSafeLinkHref(href)) {
      setInvalid(true);
      return;
    }
    onSave(href);
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${inputId}-title`} data-testid="link-dialog" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${inputId}-title`}>{t('slides.link.title')}</h2>
        <div className="field">
          <label htmlFor={inputId}>{t('slides.link.address')}</label>
          <input
            id={inputId}
            name="href"
            type="url"
            inputMode="url"
            autoComplete="off"
            value={value}
            aria-invalid={invalid}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setInvalid(false);
            }}
            autoFocus
          />
          {invalid && <p className="slide-link__error" id={errorId} role="alert">{t('slides.link.invalid')}</p>}
        </div>
        <div className="actions">
          <button type="submit" className="button--primary">{t('slides.link.save')}</button>
          {initialHref !== '' && (
            <button type="button" onClick={() => onSave(null)}>{t('slides.link.remove')}</button>
          )}
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
