import { z } from 'zod';
import { DocIdSchema } from './ids.ts';
import { ItemIdSchema, newItemId } from './itemId.ts';
import { DEFAULT_LICENCE } from './licence.ts';
import { emptyRichText } from './richText.ts';
import {
  ContributorsSchema, MaterialSchema, NextStepSchema, ObjectiveSchema, SlideSchema, StepSchema,
  UNIT_SCHEMA_VERSION, itemList, unitFields, type Unit,
} from './unit.ts';

/**
 * A unit as a client or an importer writes it for `POST /api/w/<ws>/units`: every field may be
 * left out and gets its default; items without an id get a fresh one. Unknown fields are still
 * refused. The unit's own id is optional: the server picks one when it is missing.
 */

const newId = () => ItemIdSchema.default(newItemId);

const NextStepDraftSchema = NextStepSchema.extend({ id: newId(), done: z.boolean().default(false) });
const ObjectiveDraftSchema = ObjectiveSchema.extend({ id: newId() });
const StepDraftSchema = StepSchema.extend({
  id: newId(),
  title: StepSchema.shape.title.default(''),
  kind: StepSchema.shape.kind.default('other'),
  minutes: StepSchema.shape.minutes.default(0),
  notes: StepSchema.shape.notes.default(''),
});
const SlideDraftSchema = SlideSchema.extend({
  id: newId(),
  content: SlideSchema.shape.content.default(emptyRichText),
  notes: SlideSchema.shape.notes.default(emptyRichText),
  hidden: z.boolean().default(false),
});
const MaterialDraftSchema = MaterialSchema.extend({
  id: newId(),
  url: MaterialSchema.shape.url.default(''),
  licence: MaterialSchema.shape.licence.default(''),
});

export const UnitDraftSchema = z.strictObject({
  schemaVersion: z.literal(UNIT_SCHEMA_VERSION, { error: `must be ${UNIT_SCHEMA_VERSION}` }).default(UNIT_SCHEMA_VERSION),
  id: DocIdSchema.optional(),
  title: unitFields.title.default(''),
  description: unitFields.description.default(''),
  nextSteps: itemList(NextStepDraftSchema, 'next steps', 200).default([]),
  hashtags: unitFields.hashtags.default([]),
  context: unitFields.context.default(''),
  participants: unitFields.participants.default(''),
  objectives: itemList(ObjectiveDraftSchema, 'objectives', 200).default([]),
  steps: itemList(StepDraftSchema, 'steps', 300).default([]),
  slides: itemList(SlideDraftSchema, 'slides', 500).default([]),
  materials: itemList(MaterialDraftSchema, 'materials', 300).default([]),
  language: unitFields.language.default('fr'),
  licence: unitFields.licence.default(DEFAULT_LICENCE),
  contributors: ContributorsSchema.default([]),
  source: unitFields.source,
  createdAt: unitFields.createdAt,
  updatedAt: unitFields.updatedAt,
});
export type UnitDraft = z.infer<typeof UnitDraftSchema>;
export type UnitDraftInput = z.input<typeof UnitDraftSchema>;

/** Body of `POST /api/w/<workspaceId>/units`. */
export const CreateUnitBodySchema = UnitDraftSchema;
export type CreateUnitBody = UnitDraft;

/** The complete unit a parsed draft describes, under the id the server chose when the draft had none. */
export function unitFromDraft(draft: UnitDraft, id: string): Unit {
  const { id: draftId, ...rest } = draft;
  return { ...rest, id: draftId ?? id };
}
