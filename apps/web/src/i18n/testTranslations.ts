import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import fr from './fr.json';

/**
 * For unit tests: the app's catalogs in an i18next instance of their own (no browser language
 * detection, no React), and a `t` fixed to each language.
 */
export async function testTranslations(): Promise<Record<'fr' | 'en', TFunction>> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: 'fr',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return { fr: i18n.getFixedT('fr'), en: i18n.getFixedT('en') };
}
