import type { ClockTime } from '@minga/schema';

/**
 * Dates and clock times of a session in the interface's language: "jeudi 14 mars 2025" and
 * "14:30" in French, "Thursday, March 14, 2025" and "2:30 PM" in English. A session's date and
 * times are local to where it happens, so no time zone ever shifts them.
 */

/** A `YYYY-MM-DD` date as the language writes it; the raw string when it is not one. */
export function formatSessionDate(date: string, language: string, style: 'long' | 'medium' = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(utc.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'full', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(utc);
}

/** A clock time as the language writes it, with "(+1)" when it falls on the next day. */
export function formatClock(time: ClockTime, language: string): string {
  const [hours, minutes] = time.hhmm.split(':').map(Number);
  const at = new Date(Date.UTC(2000, 0, 1, hours ?? 0, minutes ?? 0));
  const text = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(at);
  return time.dayOffset === 0 ? text : `${text} (+${time.dayOffset})`;
}

/** "14:30–14:50" (an en dash between), or just the start when there is no end. */
export function formatClockRange(start: ClockTime | undefined, end: ClockTime | undefined, language: string): string {
  if (!start) return '';
  return end ? `${formatClock(start, language)}–${formatClock(end, language)}` : formatClock(start, language);
}
