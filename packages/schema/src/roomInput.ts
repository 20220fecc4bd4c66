import { z } from 'zod';

/** What people following a presentation can send to the presenter. */
export const ROOM_INPUT_KINDS = ['question', 'nextStep'] as const;

/** Body of `POST /api/w/<ws>/sessions/<id>/room-input` (view key allowed). */
export const RoomInputBodySchema = z.strictObject({
  kind: z.enum(ROOM_INPUT_KINDS, { error: 'kind must be "question" or "nextStep"' }),
  text: z.string().trim().min(1, 'say something').max(500, 'must be at most 500 characters'),
  author: z.string().trim().max(100, 'must be at most 100 characters').default(''),
});
export type RoomInputBody = z.infer<typeof RoomInputBodySchema>;

export const RoomInputStatusSchema = z.enum(['new', 'kept', 'dismissed']);

/** One message from the room, as the speaker view and the session page list them. */
export const RoomInputSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ROOM_INPUT_KINDS),
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
  status: RoomInputStatusSchema,
});
export type RoomInput = z.infer<typeof RoomInputSchema>;

/** Body of `PATCH /api/w/<ws>/sessions/<id>/room-input/<inputId>` (edit key). */
export const RoomInputPatchSchema = z.strictObject({ status: RoomInputStatusSchema });
