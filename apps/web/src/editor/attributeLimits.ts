/**
 * Helpers that keep attributes read from pasted HTML inside the rich-text allow-list
 * (packages/schema/src/richText.ts): a value the JSON form would refuse becomes null.
 */

/** An integer in [min, max] read from an attribute, or null when absent or not a number. */
export function boundedInt(raw: string | null | undefined, min: number, max: number): number | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value)) return null;
  return Math.min(max, Math.max(min, value));
}

/** Text cut to `max` characters, or null when empty. */
export function clippedText(raw: string | null | undefined, max: number): string | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  return text === '' ? null : text.slice(0, max);
}
