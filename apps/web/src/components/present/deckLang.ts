import type { DeckLang } from '@minga/export';

/** The deck's language for an interface language: English for `en…`, French otherwise. */
export function deckLang(language: string | undefined): DeckLang {
  return language?.startsWith('en') ? 'en' : 'fr';
}
