import { format, isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';

/**
 * Dates and clock times typed and shown in the interface's language, whatever the browser's
 * locale: « 14/03/2025 » and « 14:30 » in French, "03/14/2025" and "2:30 PM" in English. The
 * browser's own date and time inputs follow the browser's locale (a French interface in an
 * American browser would show mm/dd/yyyy and AM/PM), so the fields are text read with date-fns.
 * Stored values stay `YYYY-MM-DD` and `HH:MM`.
 */

const localeOf = (language: string) => (language.startsWith('en') ? enUS : fr);
/** Any day will do as the reference: the patterns read full dates and times. */
const REFERENCE = new Date(2000, 0, 1);

/**
 * Today on this device as `YYYY-MM-DD`: the local day, not UTC's (`toISOString()` gives
 * yesterday in Paris until 01:00, and in Kiritimati until 14:00).
 */
export function todayIsoDate(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** `YYYY-MM-DD` as the language writes it with digits (P); the raw string when it is not a date. */
export function isoDateToText(iso: string, language: string): string {
  const date = parse(iso, 'yyyy-MM-dd', REFERENCE);
  return isValid(date) ? format(date, 'P', { locale: localeOf(language) }) : iso;
}

/** What someone typed as a date, as `YYYY-MM-DD`: in the language's order, or already ISO; `''` for nothing, null when unreadable. */
export function textToIsoDate(text: string, language: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  for (const [pattern, locale] of [['P', localeOf(language)], ['yyyy-MM-dd', undefined]] as const) {
    const date = parse(trimmed, pattern, REFERENCE, locale ? { locale } : {});
    if (isValid(date) && date.getFullYear() >= 1000) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** `HH:MM` as the language writes it (p): 24-hour in French, with AM/PM in English. */
export function hhmmToText(hhmm: string, language: string): string {
  const time = parse(hhmm, 'HH:mm', REFERENCE);
  return isValid(time) ? format(time, 'p', { locale: localeOf(language) }) : hhmm;
}

/** What someone typed as a time, as `HH:MM`: as the language writes it, or 24-hour; `''` for nothing, null when unreadable. */
export function textToHhmm(text: string, language: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  for (const [pattern, locale] of [['p', localeOf(language)], ['H:mm', undefined]] as const) {
    const time = parse(trimmed.toUpperCase(), pattern, REFERENCE, locale ? { locale } : {});
    if (isValid(time)) return format(time, 'HH:mm');
  }
  return null;
}
