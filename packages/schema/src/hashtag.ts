import { z } from 'zod';

/**
 * Hashtags as the network writes them in pad headers (`#tiers-lieux #Décideurs`), reduced to one
 * spelling so that search and facets group them: lowercase, no leading '#', accents kept,
 * whitespace turned into '-'.
 */
export function normaliseHashtag(raw: string): string {
  return raw
    .normalize('NFC')
    .trim()
    .replace(/^#+/, '')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What two hashtags are compared by when filtering: `Wikipédia`, `#wikipedia` and `WIKIPEDIA` match. */
export function hashtagMatchKey(raw: string): string {
  return normaliseHashtag(raw).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Normalises every tag and drops repeats, keeping the first occurrence's position. */
export function normaliseHashtags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of raw.map(normaliseHashtag)) {
    if (tag !== '' && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

export const HASHTAG_MAX_LENGTH = 50;

/** One hashtag: normalised on parse, then checked. */
export const HashtagSchema = z
  .string()
  .overwrite(normaliseHashtag)
  .min(1, 'a hashtag needs at least one letter or digit')
  .max(HASHTAG_MAX_LENGTH, `a hashtag has at most ${HASHTAG_MAX_LENGTH} characters`)
  .regex(/^[\p{L}\p{M}\p{N}_-]+$/u, 'a hashtag may contain letters (accents welcome), digits, "-" and "_"');

/** The hashtags of a unit: each normalised, repeats dropped. */
export const HashtagsSchema = z
  .array(HashtagSchema)
  .max(50, 'at most 50 hashtags')
  .overwrite((tags) => [...new Set(tags)]);
