import { z } from 'zod';
import { DocIdSchema } from './ids.ts';
import { ItemIdSchema, newItemId } from './itemId.ts';
import { NextStepSchema, ObjectiveSchema, itemList } from './unit.ts';
import {
  FREE_ITEM_KINDS, SESSION_ITEM_KINDS, SESSION_SCHEMA_VERSION, checkUnitItemMode, freeItemShape, sessionFields,
  unitItemShape, type Session,
} from './session.ts';

/**
 * A session as a client writes it for `POST /api/w/<ws>/sessions`: every field may be left out
 * and gets its default; items without an id get a fresh one; a unit item is live unless it says
 * otherwise. Unknown fields are still refused. The session's own id is optional: the server picks
 * one when it is missing.
 */

const newId = () => ItemIdSchema.default(newItemId);

const UnitItemDraftSchema = z
  .strictObject({ ...unitItemShape, id: newId(), mode: unitItemShape.mode.default('live') })
  .superRefine(checkUnitItemMode);
const FreeItemDraftSchema = z.strictObject({
  ...freeItemShape,
  id: newId(),
  kind: z.enum(FREE_ITEM_KINDS),
  title: freeItemShape.title.default(''),
  minutes: freeItemShape.minutes.default(0),
});
const SessionItemDraftSchema = z.discriminatedUnion('kind', [UnitItemDraftSchema, FreeItemDraftSchema], {
  error: `item kind must be one of ${SESSION_ITEM_KINDS.join(', ')}`,
});

export const SessionDraftSchema = z.strictObject({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION, { error: `must be ${SESSION_SCHEMA_VERSION}` }).default(SESSION_SCHEMA_VERSION),
  id: DocIdSchema.optional(),
  title: sessionFields.title.default(''),
  audience: sessionFields.audience.default(''),
  date: sessionFields.date,
  place: sessionFields.place.default(''),
  startTime: sessionFields.startTime,
  targetMinutes: sessionFields.targetMinutes,
  objectives: itemList(ObjectiveSchema.extend({ id: newId() }), 'objectives', 100).default([]),
  promotionalDescription: sessionFields.promotionalDescription.default(''),
  facilitators: sessionFields.facilitators.default([]),
  nextSteps: itemList(NextStepSchema.extend({ id: newId(), done: z.boolean().default(false) }), 'next steps', 500).default([]),
  theme: sessionFields.theme,
  items: itemList(SessionItemDraftSchema, 'items', 200).default([]),
  createdAt: sessionFields.createdAt,
  updatedAt: sessionFields.updatedAt,
});
export type SessionDraft = z.infer<typeof SessionDraftSchema>;
export type SessionDraftInput = z.input<typeof SessionDraftSchema>;

/** Body of `POST /api/w/<workspaceId>/sessions`. */
export const CreateSessionBodySchema = SessionDraftSchema;
export type CreateSessionBody = SessionDraft;

/** The complete session a parsed draft describes, under the id the server chose when the draft had none. */
export function sessionFromDraft(draft: SessionDraft, id: string): Session {
  const { id: draftId, ...rest } = draft;
  return { ...rest, id: draftId ?? id };
}
