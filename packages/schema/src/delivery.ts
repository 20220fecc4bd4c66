import { z } from 'zod';
import { RoomInputSchema } from './roomInput.ts';
import { SessionDateSchema } from './session.ts';

/**
 * A delivery (animation donnée): a session given at a place on a date. Marking one freezes a named
 * version of the session and of every unit it used, so the next event can see what changed since.
 */

const name = z.string().trim().min(1, 'a name must not be empty').max(100, 'must be at most 100 characters');

/** Body of `POST /api/w/<ws>/sessions/<id>/deliveries`. */
export const DeliveryBodySchema = z.strictObject({
  place: z.string().trim().min(1, 'say where the session was given').max(300, 'must be at most 300 characters').regex(/^[^\r\n]*$/, 'must be a single line'),
  date: SessionDateSchema,
  facilitators: z.array(name).max(50, 'at most 50 facilitators').default([]),
  participants: z.number({ error: 'must be a number of people' }).int('must be a whole number').min(0).max(100000).optional(),
  debrief: z.string().max(5000, 'must be at most 5000 characters').default(''),
  /** Who marks it: the author of the versions it freezes. */
  author: name,
});
export type DeliveryBody = z.infer<typeof DeliveryBodySchema>;
export type DeliveryInput = z.input<typeof DeliveryBodySchema>;

/** A document as the delivery used it: the named version it froze. */
export const DeliveredVersionSchema = z.object({
  docId: z.string(),
  kind: z.enum(['session', 'unit']),
  versionId: z.number().int(),
  title: z.string(),
});
export type DeliveredVersion = z.infer<typeof DeliveredVersionSchema>;

/** A delivery as the API answers it. */
export const DeliverySchema = z.object({
  id: z.number().int(),
  sessionId: z.string(),
  sessionTitle: z.string(),
  place: z.string(),
  date: z.string(),
  facilitators: z.array(z.string()),
  participants: z.number().int().nullable(),
  debrief: z.string(),
  author: z.string(),
  createdAt: z.string(),
  /** The session's version first, then each unit it used, in agenda order. */
  versions: z.array(DeliveredVersionSchema),
  /** What the room sent that the facilitators kept. */
  keptInput: z.array(RoomInputSchema),
});
export type Delivery = z.infer<typeof DeliverySchema>;

/** Answer of `GET /api/w/<ws>/deliveries` and `GET /api/w/<ws>/sessions/<id>/deliveries`: oldest event first. */
export const DeliveryListSchema = z.object({ deliveries: z.array(DeliverySchema) });

/** Answer of `GET /api/w/<ws>/sessions/<id>/lineage`: the sessions it was duplicated from, oldest first, ending with it. */
export const SessionLineageSchema = z.object({
  lineage: z.array(z.object({ id: z.string(), title: z.string(), missing: z.boolean(), deliveries: z.array(DeliverySchema) })),
});
export type SessionLineage = z.infer<typeof SessionLineageSchema>;
