import { z } from 'zod';
import { DocIdSchema } from './ids.ts';
import { ItemIdSchema } from './itemId.ts';
import {
  MinutesSchema, NextStepSchema, ObjectiveSchema, TimestampSchema, contributorKey, itemList,
} from './unit.ts';

/**
 * The plain JSON form of a session (formation): a dated, timed sequence of library units and free
 * items (welcome, break…) for one audience. Like a unit, its live form is a Yjs document and this
 * is what REST, exports and tests speak. Text fields are not trimmed: they mirror what people typed.
 */

/** Version of this JSON form; bump it with a named step in sessionMigrations.ts. */
export const SESSION_SCHEMA_VERSION = 1;

/** The one-hour formation-action is the common case. */
export const DEFAULT_TARGET_MINUTES = 60;

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const singleLine = (max: number) => text(max).regex(/^[^\r\n]*$/, 'must be a single line');

/** Deck looks a session can pick. `minga` is Minga's own, readable from the back of a room. */
export const SESSION_THEMES = ['minga', 'white', 'black'] as const;
export type SessionTheme = (typeof SESSION_THEMES)[number];
export const DEFAULT_SESSION_THEME: SessionTheme = 'minga';
export const SessionThemeSchema = z.enum(SESSION_THEMES, { error: `must be one of ${SESSION_THEMES.join(', ')}` });

/** A calendar date, `YYYY-MM-DD`. */
export const SessionDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD, such as 2025-03-14' });

/** A time of day on a 24-hour clock, `HH:MM`. */
export const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM on a 24-hour clock, such as 09:30 or 14:00');

export const FREE_ITEM_KINDS = ['welcome', 'break', 'questions', 'evaluation', 'other'] as const;
export type FreeItemKind = (typeof FREE_ITEM_KINDS)[number];
export const SESSION_ITEM_KINDS = ['unit', ...FREE_ITEM_KINDS] as const;
export type SessionItemKind = (typeof SESSION_ITEM_KINDS)[number];

export const UNIT_ITEM_MODES = ['live', 'pinned'] as const;
export type UnitItemMode = (typeof UNIT_ITEM_MODES)[number];

const FacilitatorNameSchema = singleLine(100);

/**
 * A library unit placed in the session. `live` follows the unit as it changes; `pinned` keeps
 * the named version `pinnedVersion`. `servesObjectiveIds` are explicit links from this item to the
 * session objectives it serves (ids that no longer exist are ignored, see objectiveCoverage.ts).
 */
export const unitItemShape = {
  id: ItemIdSchema,
  kind: z.literal('unit'),
  unitId: DocIdSchema,
  mode: z.enum(UNIT_ITEM_MODES, { error: 'must be "live" (follows the unit) or "pinned" (keeps one version)' }),
  pinnedVersion: singleLine(100).min(1, 'must not be empty').optional(),
  /** Minutes the session gives this unit instead of its sequence's total. */
  minutesOverride: MinutesSchema.optional(),
  facilitator: FacilitatorNameSchema.optional(),
  /** What the facilitator says to bridge from the previous item. */
  transitionNote: text(2000).optional(),
  servesObjectiveIds: z.array(ItemIdSchema).max(200, 'at most 200 objectives').optional(),
};

/** A pinned item names its version; a live one has none. Shared by the item and its draft. */
export function checkUnitItemMode(item: { mode: UnitItemMode; pinnedVersion?: string | undefined }, ctx: z.RefinementCtx): void {
  if (item.mode === 'pinned' && item.pinnedVersion === undefined) {
    ctx.addIssue({ code: 'custom', path: ['pinnedVersion'], message: 'a pinned item needs the version it keeps (pinnedVersion)' });
  }
  if (item.mode === 'live' && item.pinnedVersion !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['pinnedVersion'], message: 'a live item follows the unit and has no pinnedVersion; remove it or set mode to "pinned"' });
  }
}

export const UnitItemSchema = z.strictObject(unitItemShape).superRefine(checkUnitItemMode);

/** A welcome, a break, questions, an evaluation or anything else that is not a library unit. */
export const freeItemShape = {
  id: ItemIdSchema,
  kind: z.enum(FREE_ITEM_KINDS),
  title: singleLine(200),
  minutes: MinutesSchema,
  facilitator: FacilitatorNameSchema.optional(),
  /** For the run-sheet and the speaker notes ("coffee on the left", "hand out the cards"). */
  notes: text(5000).optional(),
};
export const FreeItemSchema = z.strictObject(freeItemShape);

export const SessionItemSchema = z.discriminatedUnion('kind', [UnitItemSchema, FreeItemSchema], {
  error: (iss) => {
    const kind = typeof iss.input === 'object' && iss.input !== null ? (iss.input as { kind?: unknown }).kind : undefined;
    const shown = kind === undefined ? 'missing' : JSON.stringify(kind).slice(0, 40);
    return `item kind is ${shown}; must be one of ${SESSION_ITEM_KINDS.join(', ')}`;
  },
});

export const FacilitatorSchema = z.strictObject({
  name: z.string().trim().min(1, 'a facilitator needs a name').max(100, 'must be at most 100 characters'),
});

export const FacilitatorsSchema = z
  .array(FacilitatorSchema)
  .max(50, 'at most 50 facilitators')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((f, index) => {
      const key = contributorKey(f.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `"${f.name}" is listed twice` });
      seen.add(key);
    });
  });

export type UnitItem = z.infer<typeof UnitItemSchema>;
export type FreeItem = z.infer<typeof FreeItemSchema>;
export type SessionItem = z.infer<typeof SessionItemSchema>;
export type Facilitator = z.infer<typeof FacilitatorSchema>;

/** Where a session comes from: the session it was duplicated from for the next event (its lineage). */
export const SessionSourceSchema = z.strictObject({
  duplicatedFrom: z.strictObject({ sessionId: DocIdSchema, title: singleLine(200) }).optional(),
});
export type SessionSource = z.infer<typeof SessionSourceSchema>;

/** The fields every session has, shared by SessionSchema and the draft for POST. */
export const sessionFields = {
  title: singleLine(200),
  audience: singleLine(300),
  date: SessionDateSchema.optional(),
  place: singleLine(300),
  startTime: ClockTimeSchema.optional(),
  targetMinutes: MinutesSchema.default(DEFAULT_TARGET_MINUTES),
  objectives: itemList(ObjectiveSchema, 'objectives', 100),
  promotionalDescription: text(5000),
  facilitators: FacilitatorsSchema,
  nextSteps: itemList(NextStepSchema, 'next steps', 500),
  theme: SessionThemeSchema.default(DEFAULT_SESSION_THEME),
  items: itemList(SessionItemSchema, 'items', 200),
  source: SessionSourceSchema.optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
};

/** A complete session, as `GET /api/w/<ws>/sessions/<id>` answers and `PUT` expects. */
export const SessionSchema = z.strictObject({
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION, { error: `must be ${SESSION_SCHEMA_VERSION} (migrate older sessions with migrateSession)` }),
  id: DocIdSchema,
  ...sessionFields,
});
export type Session = z.infer<typeof SessionSchema>;
/** The JSON a client may send for a Session (targetMinutes and theme may be left out). */
export type SessionInput = z.input<typeof SessionSchema>;

/** True for a unit item, false for a free one. */
export function isUnitItem(item: SessionItem): item is UnitItem {
  return item.kind === 'unit';
}
