import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IDENTITY_COLORS, MAX_NAME_LENGTH, randomIdentityColor, type Identity } from '../lib/identity.ts';

interface IdentityFormProps {
  initial: Identity | null;
  onSave: (identity: Identity) => void;
  onCancel?: () => void;
}

/** Name and caret colour, asked at the first visit and editable afterwards. */
export function IdentityForm({ initial, onSave, onCancel }: IdentityFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [color, setColor] = useState(() => initial?.color ?? randomIdentityColor());

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onSave({ name: trimmed, color });
  }

  return (
    <form className="identity-form" onSubmit={submit} data-testid="identity-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('identity.nameLabel')}</label>
        <p className="hint" id={`${id}-hint`}>{t('identity.nameHint')}</p>
        <input
          id={`${id}-name`}
          name="name"
          required
          autoComplete="nickname"
          maxLength={MAX_NAME_LENGTH}
          aria-describedby={`${id}-hint`}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <fieldset className="color-picker">
        <legend>{t('identity.colorLabel')}</legend>
        {IDENTITY_COLORS.map((option) => (
          <label key={option.value} className="color-picker__option" style={{ color: option.value }}>
            <input
              type="radio"
              name="color"
              value={option.value}
              checked={color === option.value}
              onChange={() => setColor(option.value)}
            />
            <span className="color-picker__swatch" aria-hidden="true" />
            <span className="visually-hidden">{t(option.label)}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button--primary">{t('identity.save')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}
      </div>
    </form>
  );
}
