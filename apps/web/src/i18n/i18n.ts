import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';

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

// Each catalog is a chunk of its own: a page loads the strings of its language only.
const catalogs: Record<Language, () => Promise<{ default: typeof en }>> = {
  en: () => import('./en.json'),
  fr: () => import('./fr.json'),
};
const catalogBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    const load = catalogs[language as Language];
    if (!load) return callback(null, {});
    load().then((catalog) => callback(null, catalog.default), (error: Error) => callback(error, null));
  },
};

/** Resolves once the interface's language and its catalog are loaded: the app renders after it. */
export const i18nReady = i18n
  .use(catalogBackend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: [...LANGUAGES],
    // Both catalogs are complete (catalogs.test.ts): French needs no English behind it.
    fallbackLng: (code) => (code === 'fr' ? [] : ['en']),
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
  // Load the catalog first: switching to strings not there yet would suspend the open page.
  void i18n.loadLanguages(language).then(() => i18n.changeLanguage(language));
}

export default i18n;
