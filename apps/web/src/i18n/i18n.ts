import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

/** The languages of the interface, in the order the switch shows them. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the person's explicit language choice is remembered. */
export const LANGUAGE_STORAGE_KEY = 'minga:language';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Type-checks every t('…') key against the English catalog.
    resources: { translation: typeof en };
  }
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

i18n.on('languageChanged', syncDocumentLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    supportedLngs: [...LANGUAGES],
    fallbackLng: 'en',
    // Catalogs are bundled, so the first render already has its strings.
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      // An explicit choice wins; otherwise the browser's languages (fr-FR, fr-BE… → fr).
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
      convertDetectedLanguage: (lng) => lng.split('-')[0]?.toLowerCase() ?? lng,
    },
  });

/** Switch the interface language and remember the choice on this device. */
export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the switch still works for this visit.
  }
  void i18n.changeLanguage(language);
}

export default i18n;
