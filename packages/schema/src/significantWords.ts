import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { eng, fra } from 'stopword';

/**
 * The words of an objective that carry its meaning, for comparing two objectives written by
 * different people in French or English. Stop words come from the `stopword` package (Snowball's
 * French and English lists), words are compared by their Snowball stems in both languages (so
 * "communautés" meets "communauté", "rules" meets "rule"), and each word keeps the form it was
 * written in, so people read their own words back.
 */

/**
 * Words the Snowball lists leave out but that say nothing about a subject: question words and
 * common verbs ("pourquoi", "font"), and the verbs and nouns objectives start with.
 */
const EXTRA_STOP_WORDS = (
  'pourquoi comment quand combien font fait fais faire peut peuvent doit doivent très aussi ainsi celles ceux celle celui ' +
  'sous entre vers chez tout tous toute toutes autre autres plus moins bien comme donc parce afin dont chaque ' +
  'savoir pouvoir comprendre connaître identifier découvrir apprendre capable participant participants ' +
  'understand know learn identify discover able why whose participant participants'
).split(' ');

/** Folds case and accents: "Élus" → "elus". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const STOP_WORDS = new Set([...fra, ...eng, ...EXTRA_STOP_WORDS].map(foldText));

export interface SignificantWord {
  /** The word as written (its first occurrence). */
  written: string;
  /** Its French and English stems, accents folded: two words match when either stem is the same. */
  stems: readonly [french: string, english: string];
}

/** The significant words of a text, in order, each once (by stem). */
export function significantWords(text: string): SignificantWord[] {
  const out: SignificantWord[] = [];
  for (const written of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    const lower = written.toLowerCase();
    if (Array.from(lower).length < 2 || STOP_WORDS.has(foldText(lower))) continue;
    const word: SignificantWord = { written, stems: [foldText(frenchStemmer(lower)), foldText(englishStemmer(lower))] };
    if (!out.some((seen) => sameWord(seen, word))) out.push(word);
  }
  return out;
}

/** Two significant words are the same word when their French or their English stems are equal. */
export function sameWord(a: SignificantWord, b: SignificantWord): boolean {
  return a.stems[0] === b.stems[0] || a.stems[1] === b.stems[1];
}
