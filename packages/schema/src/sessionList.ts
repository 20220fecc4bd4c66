import { z } from 'zod';

/** One session as the workspace's list shows it. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.string(),
  date: z.string().nullable(),
  place: z.string(),
  targetMinutes: z.number().int(),
  /** Planned minutes: free items, overrides, and each unit's minutes in the library. */
  minutes: z.number().int(),
  itemCount: z.number().int(),
  updatedAt: z.string(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** Body of `POST /api/w/<ws>/sessions/<id>/duplicate`: the copy for the next event. */
export const DuplicateSessionBodySchema = z.strictObject({
  title: z.string().max(200, 'must be at most 200 characters').regex(/^[^\r\n]*$/, 'must be a single line').optional(),
  date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
});
