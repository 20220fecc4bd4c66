import { z } from 'zod';
import { HashtagSchema } from './hashtag.ts';
import { LanguageSchema, ReviewStateSchema } from './unit.ts';

/** Query of `GET /api/w/<ws>/units`: full-text search and filters of the library. */
export const UnitQuerySchema = z.strictObject({
  q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  tag: HashtagSchema.optional(),
  lang: LanguageSchema.optional(),
  maxMinutes: z.coerce.number().int('must be whole minutes').min(0).max(600).optional(),
  /** Only units in this review state. */
  review: ReviewStateSchema.optional(),
  sort: z.enum(['relevance', 'updated', 'title', 'minutes']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type UnitQuery = z.infer<typeof UnitQuerySchema>;

/** One unit as the library lists it. */
export const UnitSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  hashtags: z.array(z.string()),
  minutes: z.number().int(),
  language: z.string(),
  licence: z.string(),
  contributors: z.array(z.string()),
  updatedAt: z.string(),
  forkedFrom: z.object({ unitId: z.string(), version: z.string(), catalogueId: z.string().optional(), licence: z.string().optional() }).nullable(),
  /** Where it stands in review: draft, in review, ready. */
  review: ReviewStateSchema,
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

/** Answer of `GET /api/w/<ws>/units`. */
export const UnitListSchema = z.object({
  units: z.array(UnitSummarySchema),
  total: z.number().int(),
  /** How many of the matching units carry each hashtag. */
  facets: z.object({ hashtags: z.array(z.object({ tag: z.string(), count: z.number().int() })) }),
});
export type UnitList = z.infer<typeof UnitListSchema>;
