/**
 * A date and time in the interface's language ("14 mars 2025, 14:05", "Mar 14, 2025, 2:05 PM");
 * the raw string if unreadable. Shown in the device's time zone unless `timeZone` says otherwise.
 */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}
