import { setSessionMeta } from '@minga/doc-model';
import { SESSION_THEMES, type SessionTheme } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import './presentField.css';

const THEME_LABELS = {
  minga: 'present.theme.minga',
  white: 'present.theme.white',
  black: 'present.theme.black',
} as const satisfies Record<SessionTheme, string>;

interface ThemePickerProps {
  /** The session doc: the look is a setting of the session, shared with everyone. */
  doc: Y.Doc;
  theme: SessionTheme;
  disabled?: boolean;
}

/** The session's look: Minga's (readable from the back of the room) or reveal.js's white or black. */
export function ThemePicker({ doc, theme, disabled }: ThemePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="present-field present-field--whole">
      <label htmlFor={id}>{t('present.theme.label')}</label>
      <select
        id={id}
        value={theme}
        disabled={disabled}
        data-testid="theme-picker"
        onChange={(event) => setSessionMeta(doc, { theme: event.target.value as SessionTheme })}
      >
        {SESSION_THEMES.map((name) => (
          <option key={name} value={name}>{t(THEME_LABELS[name])}</option>
        ))}
      </select>
    </span>
  );
}
