import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n/i18n.ts';

const LABELS = {
  fr: { short: 'language.frShort', long: 'language.fr' },
  en: { short: 'language.enShort', long: 'language.en' },
} as const satisfies Record<Language, { short: string; long: string }>;

/** FR / EN buttons; the current language is pressed. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  return (
    <div className="language-switch" role="group" aria-label={t('language.switchLabel')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          // The name starts with the visible text (WCAG 2.5.3), then says the language in full.
          aria-label={`${t(LABELS[language].short)} – ${t(LABELS[language].long)}`}
          data-testid={`language-${language}`}
          onClick={() => changeLanguage(language)}
        >
          {t(LABELS[language].short)}
        </button>
      ))}
    </div>
  );
}
