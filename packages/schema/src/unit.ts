import { z } from 'zod';
import { DocIdSchema } from './ids.ts';
import { ItemIdSchema } from './itemId.ts';
import { HashtagsSchema } from './hashtag.ts';
import { LicenceSchema } from './licence.ts';
import { RichTextSchema } from './richText.ts';
import { isHttpUrl } from './richTextSafety.ts';

/**
 * The plain JSON form of a training unit: what the REST API, import/export and tests speak.
 * The live form is a Yjs document (see @minga/doc-model and docs/doc-model.md).
 * Text fields are not trimmed on parse: they mirror what people typed in the live document.
 */

/** Version of this JSON form; bump it with a named step in unitMigrations.ts. */
export const UNIT_SCHEMA_VERSION = 1;

export const DESCRIPTION_MAX_LINES = 3;
export const MINUTES_MAX = 600;

/** Lines of a text as a textarea shows them (a trailing newline opens a new, empty line). */
export function countLines(text: string): number {
  return text === '' ? 0 : text.split(/\r\n|\r|\n/).length;
}

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const singleLine = (max: number) => text(max).regex(/^[^\r\n]*$/, 'must be a single line');

export const UnitTitleSchema = singleLine(200);

export const UnitDescriptionSchema = text(1000).refine((s) => countLines(s) <= DESCRIPTION_MAX_LINES, {
  error: (iss) => `must be ${DESCRIPTION_MAX_LINES} lines at most (the header standard's "description in 3 lines"); it has ${countLines(String(iss.input))}`,
});

export const HttpUrlSchema = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine(isHttpUrl, 'must be an http:// or https:// URL');

export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as "fr", "en" or "pt-BR"');

export const STEP_KINDS = ['talk', 'exercise', 'discussion', 'workshop', 'break', 'other'] as const;
export const StepKindSchema = z.enum(STEP_KINDS, { error: `must be one of ${STEP_KINDS.join(', ')}` });
export type StepKind = z.infer<typeof StepKindSchema>;

export const MinutesSchema = z
  .number({ error: 'must be a number of minutes' })
  .int('must be whole minutes')
  .min(0, 'must be 0 minutes or more')
  .max(MINUTES_MAX, `must be ${MINUTES_MAX} minutes (10 hours) at most`);

/** Where a handed-over next step came from: the session or unit it was written on, and its id there. */
export const NextStepOriginSchema = z.strictObject({
  kind: z.enum(['session', 'unit']),
  docId: DocIdSchema,
  title: singleLine(200),
  nextStepId: ItemIdSchema,
});
export type NextStepOrigin = z.infer<typeof NextStepOriginSchema>;

/**
 * A next step (« étape suivante »). `owner` is who takes it on, `target` the event or date it is
 * for; `author` who proposed it (a person of the room); `doneBy`/`doneAt` who ticked it and when;
 * `origin` where it was handed over from. All optional: a unit without them is as it was (no
 * schema version bump, no migration).
 */
export const NextStepSchema = z.strictObject({
  id: ItemIdSchema,
  text: singleLine(500),
  done: z.boolean(),
  owner: singleLine(100).optional(),
  target: singleLine(100).optional(),
  author: singleLine(100).optional(),
  doneBy: singleLine(100).optional(),
  doneAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
  origin: NextStepOriginSchema.optional(),
});
export const ObjectiveSchema = z.strictObject({ id: ItemIdSchema, text: text(1000) });
export const StepSchema = z.strictObject({
  id: ItemIdSchema,
  title: singleLine(200),
  kind: StepKindSchema,
  minutes: MinutesSchema,
  notes: text(10000),
});
export const SlideSchema = z.strictObject({
  id: ItemIdSchema,
  content: RichTextSchema,
  notes: RichTextSchema,
  hidden: z.boolean(),
  /**
   * The sequence step the slide belongs to, for the speaker view's timers and notes. Absent: the
   * deck spreads the slides over the steps. An id no step has any more counts as absent.
   */
  stepId: ItemIdSchema.optional(),
});
export const MaterialSchema = z.strictObject({
  id: ItemIdSchema,
  title: singleLine(300),
  /** Where to find it; empty for material with no link (a book, a card game). */
  url: z.string().max(2000, 'must be at most 2000 characters').refine((u) => u === '' || isHttpUrl(u), 'must be an http:// or https:// URL, or empty'),
  /** Free text: existing material comes under all sorts of licences ("CC BY 4.0", "MIT", "tous droits réservés"). */
  licence: singleLine(100),
});
export const ContributorSchema = z.strictObject({
  name: z.string().trim().min(1, 'a contributor needs a name').max(100, 'must be at most 100 characters'),
  role: singleLine(100).optional(),
});
export const UnitSourceSchema = z.strictObject({
  /** Where the unit came from when it was imported (a pad, a lesson). */
  url: HttpUrlSchema.optional(),
  /** The unit this one was forked from, at which version. */
  forkedFrom: z
    .strictObject({
      unitId: DocIdSchema,
      version: singleLine(100).min(1, 'must not be empty'),
      /** Set when the source is a unit of the public catalogue (another workspace, maybe another server's). */
      catalogueId: DocIdSchema.optional(),
      /**
       * The source's licence when the fork was made: a share-alike source binds the fork to it
       * (`allowedLicencesFor`). Absent on forks made before it was recorded: no restriction is known.
       */
      licence: LicenceSchema.optional(),
    })
    .optional(),
});

/** Where a unit stands in review (docs/doc-model.md): set by editors; absent reads as a draft. */
export const REVIEW_STATES = ['draft', 'in_review', 'ready'] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES, { error: `must be one of ${REVIEW_STATES.join(', ')}` });
export type ReviewState = z.infer<typeof ReviewStateSchema>;
export const UnitReviewSchema = z.strictObject({
  state: ReviewStateSchema,
  /** The people asked to review it, by name (from other groups, usually with a comment link). */
  reviewers: z.array(z.string().trim().min(1, 'a reviewer needs a name').max(100, 'must be at most 100 characters')).max(30, 'at most 30 reviewers'),
  /** When the state last changed. */
  changedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }).optional(),
});
export type UnitReview = z.infer<typeof UnitReviewSchema>;

export type NextStep = z.infer<typeof NextStepSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Contributor = z.infer<typeof ContributorSchema>;
export type UnitSource = z.infer<typeof UnitSourceSchema>;

/** The key a contributor is known by: two spellings of one name are one contributor. */
export function contributorKey(name: string): string {
  return name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** An array of items whose ids are unique: the Yjs form keys items by id. */
export function itemList<T extends z.ZodType<{ id: string }>>(item: T, label: string, max: number) {
  return z
    .array(item)
    .max(max, `at most ${max} ${label}`)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((it, index) => {
        if (seen.has(it.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${it.id}" in ${label}` });
        seen.add(it.id);
      });
    });
}

export const ContributorsSchema = z
  .array(ContributorSchema)
  .max(500, 'at most 500 contributors')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, index) => {
      const key = contributorKey(c.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `"${c.name}" is listed twice` });
      seen.add(key);
    });
  });

export const TimestampSchema = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

/** The fields every unit has, shared by UnitSchema and the draft for POST. */
export const unitFields = {
  title: UnitTitleSchema,
  description: UnitDescriptionSchema,
  nextSteps: itemList(NextStepSchema, 'next steps', 200),
  hashtags: HashtagsSchema,
  context: text(10000),
  participants: text(10000),
  objectives: itemList(ObjectiveSchema, 'objectives', 200),
  steps: itemList(StepSchema, 'steps', 300),
  slides: itemList(SlideSchema, 'slides', 500),
  materials: itemList(MaterialSchema, 'materials', 300),
  language: LanguageSchema,
  licence: LicenceSchema,
  contributors: ContributorsSchema,
  source: UnitSourceSchema.optional(),
  /** Absent: a draft nobody asked to review. */
  review: UnitReviewSchema.optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
};

/** A complete unit, as `GET /api/w/<ws>/units/<id>` answers and `PUT` expects. */
export const UnitSchema = z.strictObject({
  schemaVersion: z.literal(UNIT_SCHEMA_VERSION, { error: `must be ${UNIT_SCHEMA_VERSION} (migrate older units with migrateUnit)` }),
  id: DocIdSchema,
  ...unitFields,
});
export type Unit = z.infer<typeof UnitSchema>;
/** The JSON a client may send for a Unit (hashtags and rich text not yet normalised). */
export type UnitInput = z.input<typeof UnitSchema>;

/** Total duration of a sequence, in minutes. */
export function totalMinutes(steps: readonly Pick<Step, 'minutes'>[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}
