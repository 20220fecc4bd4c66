import { z } from 'zod';

/**
 * The comparison of two JSON forms of a unit or a session, field by field: what
 * `GET /api/w/<ws>/docs/<doc>/compare` answers and the history panel shows. Only changed fields
 * are listed; list items are matched by id, so a moved slide is "moved", not removed and re-added.
 */

/** A run of words in a text diff: kept, inserted or removed. */
export const WordPartSchema = z.object({
  op: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type WordPart = z.infer<typeof WordPartSchema>;

/** A single-value field that changed (a number, a choice, a date…); absent values are null. */
export const ValueChangeSchema = z.object({
  field: z.string(),
  kind: z.literal('value'),
  before: z.unknown(),
  after: z.unknown(),
});

/** A text field, as a word diff. */
export const TextChangeSchema = z.object({
  field: z.string(),
  kind: z.literal('text'),
  parts: z.array(WordPartSchema),
});

/** A rich text field, as a word diff of its readable text; `formattingOnly` when only marks or structure changed. */
export const RichTextChangeSchema = z.object({
  field: z.string(),
  kind: z.literal('richText'),
  parts: z.array(WordPartSchema),
  formattingOnly: z.boolean(),
});

/** A list of names or tags: which were added and which removed. */
export const SetChangeSchema = z.object({
  field: z.string(),
  kind: z.literal('set'),
  added: z.array(z.string()),
  removed: z.array(z.string()),
});

/** A change to one field of a list item (items do not nest lists of items). */
export const ItemFieldChangeSchema = z.discriminatedUnion('kind', [
  ValueChangeSchema, TextChangeSchema, RichTextChangeSchema, SetChangeSchema,
]);
export type ItemFieldChange = z.infer<typeof ItemFieldChangeSchema>;

export const ITEM_CHANGE_STATUSES = ['added', 'removed', 'moved', 'changed'] as const;

/**
 * One item of a list (step, slide, next step…) that is not as it was. `changed` items may have
 * moved too (`moved: true`); `from` and `to` are its positions (0-based) before and after.
 */
export const ItemChangeSchema = z.object({
  id: z.string(),
  label: z.string(),
  status: z.enum(ITEM_CHANGE_STATUSES),
  moved: z.boolean(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  fields: z.array(ItemFieldChangeSchema),
});
export type ItemChange = z.infer<typeof ItemChangeSchema>;

/** A list of items matched by identity. */
export const ItemsChangeSchema = z.object({
  field: z.string(),
  kind: z.literal('items'),
  items: z.array(ItemChangeSchema),
});

export const FieldChangeSchema = z.discriminatedUnion('kind', [
  ValueChangeSchema, TextChangeSchema, RichTextChangeSchema, SetChangeSchema, ItemsChangeSchema,
]);
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** Every changed field of a document between two of its states. */
export const DocComparisonSchema = z.object({ fields: z.array(FieldChangeSchema) });
export type DocComparison = z.infer<typeof DocComparisonSchema>;

/** Where a compared state comes from: a version id, `delivery:<id>` (what a delivery froze), or `now`. */
export const CompareFromSchema = z
  .string()
  .regex(/^(\d{1,15}|delivery:\d{1,15})$/, 'must be a version id, or delivery:<id>');
export const CompareToSchema = z
  .string()
  .regex(/^(\d{1,15}|delivery:\d{1,15}|now)$/, 'must be a version id, delivery:<id>, or now');

/** Query of `GET /api/w/<ws>/docs/<doc>/compare`. */
export const CompareQuerySchema = z.object({ from: CompareFromSchema, to: CompareToSchema.default('now') });

/** One side of a comparison, as people name it. */
export const ComparedStateSchema = z.object({
  ref: z.string(),
  /** The version's name, the delivery's place, or empty for an automatic version or now. */
  label: z.string(),
  createdAt: z.string(),
});
export type ComparedState = z.infer<typeof ComparedStateSchema>;

/** Answer of `GET /api/w/<ws>/docs/<doc>/compare`. */
export const DocCompareReplySchema = DocComparisonSchema.extend({
  docId: z.string(),
  kind: z.enum(['unit', 'session']),
  from: ComparedStateSchema,
  to: ComparedStateSchema,
  /** Who changed the document between the two states (authors of the versions saved in between, and current editors). */
  authors: z.array(z.string()),
});
export type DocCompareReply = z.infer<typeof DocCompareReplySchema>;
