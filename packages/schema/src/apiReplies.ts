import { z } from 'zod';
import { UnitSchema, UnitSourceSchema } from './unit.ts';
import { UnitDraftSchema } from './unitDraft.ts';
import { SessionSchema } from './session.ts';
import { SessionSummarySchema } from './sessionList.ts';
import { SessionTimingSchema } from './sessionTiming.ts';
import { UnitSummarySchema } from './library.ts';
import { LicenceTermsSchema } from './licence.ts';
import { VersionMetaSchema } from './versions.ts';
import { RoomInputSchema } from './roomInput.ts';
import { CommentThreadSchema } from './comments.ts';
import { UpstreamFieldChangeSchema } from './unitFork.ts';
import { ImportPreviewEntrySchema, ImportWarningSchema } from './importWarnings.ts';

/**
 * The replies of the REST API (docs/API.md) that have no schema of their own elsewhere. The server
 * builds its replies typed by these, the app parses them with these, and the OpenAPI document
 * (`GET /api/openapi.json`) is generated from them.
 */

/** `GET /healthz`: alive, and the depth of the write queue. */
export const HealthSchema = z.object({ ok: z.literal(true), writeQueue: z.record(z.string(), z.number()) });

/** A JSON Schema or OpenAPI document, served as it is. */
export const JsonDocumentSchema = z.record(z.string(), z.unknown());

/** `POST /api/w/<ws>/files`: the stored image. */
export const UploadedFileSchema = z.object({ id: z.string(), url: z.string(), mime: z.string(), size: z.number().int() });
export type UploadedFile = z.infer<typeof UploadedFileSchema>;

/** `GET …/docs/<doc>/versions`: newest first. */
export const VersionListSchema = z.object({ versions: z.array(VersionMetaSchema) });

/** `DELETE` of a unit or a session: what went to the bin, and when. */
export const BinnedDocSchema = z.object({ id: z.string(), deletedAt: z.string() });

/** A unit or a session in the bin. */
export const BinItemSchema = z.object({ id: z.string(), kind: z.string(), title: z.string(), deletedAt: z.string() });
export type BinItem = z.infer<typeof BinItemSchema>;
/** `GET /api/w/<ws>/bin`. */
export const BinListSchema = z.object({ items: z.array(BinItemSchema) });

/** A unit with its comment threads (`?comments=1`). */
export const UnitWithCommentsSchema = UnitSchema.extend({ comments: z.array(CommentThreadSchema).optional() });
/** A session with its comment threads (`?comments=1`). */
export const SessionWithCommentsSchema = SessionSchema.extend({ comments: z.array(CommentThreadSchema).optional() });

/** `GET …/units/<id>/lineage`: where a unit was forked from, and its forks. */
export const UnitLineageSchema = z.object({
  forkedFrom: z
    .object({
      ...UnitSourceSchema.shape.forkedFrom.unwrap().shape,
      available: z.boolean(),
      title: z.string(),
      sameWorkspace: z.boolean(),
    })
    .nullable(),
  forks: z.array(UnitSummarySchema),
});
export type UnitLineage = z.infer<typeof UnitLineageSchema>;

/** `GET …/units/<id>/upstream`: what changed in the source since the fork. */
export const UpstreamReplySchema = z.object({
  changes: z.array(UpstreamFieldChangeSchema),
  minutes: z.object({ base: z.number(), upstream: z.number(), mine: z.number() }),
  /** The source's version the fork was last brought up to date with. */
  version: z.string().optional(),
});
export type UpstreamReply = z.infer<typeof UpstreamReplySchema>;

/** `GET|PUT|DELETE …/units/<id>/publication`: whether and where the unit is in the public catalogue. */
export const PublicationSchema = z.object({
  published: z.boolean(),
  publicId: z.string().optional(),
  publishedAt: z.string().optional(),
  pageUrl: z.string().optional(),
  jsonUrl: z.string().optional(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** One published unit as `GET /api/catalogue` lists it. */
export const CatalogueItemSchema = UnitSummarySchema.extend({ publicId: z.string(), publishedAt: z.string(), licenceLabel: z.string() });
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>;
/** `GET /api/catalogue`. */
export const CatalogueListSchema = z.object({ units: z.array(CatalogueItemSchema) });
/** `GET /api/catalogue/<publicId>`. */
export const CatalogueEntrySchema = z.object({ publicId: z.string(), publishedAt: z.string(), licence: LicenceTermsSchema, unit: UnitSchema });
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

/** `GET /api/w/<ws>/sessions`. */
export const SessionListSchema = z.object({ sessions: z.array(SessionSummarySchema) });

/**
 * `GET …/sessions/<id>/resolved`: the session, the units it names (null when gone), its timing. A
 * unit that does not read as one reads as null, like a deleted one: one odd unit never breaks a deck.
 */
export const ResolvedSessionSchema = z.object({
  session: SessionSchema,
  units: z.record(z.string(), UnitSchema.nullable().catch(null)),
  timing: SessionTimingSchema,
});
export type ResolvedSession = z.infer<typeof ResolvedSessionSchema>;

/**
 * `GET …/sessions/<id>/deck`: the deck a follower sees, built by `@minga/export` (which this
 * package cannot import): its frame is checked here, each slide by its id and kind.
 */
export const FollowDeckReplySchema = z.object({
  deck: z.looseObject({
    title: z.string(),
    theme: z.string(),
    slides: z.array(z.looseObject({ id: z.string(), kind: z.string() })),
  }),
});

/** `GET …/sessions/<id>/room-input`: oldest first. */
export const RoomInputListSchema = z.object({ inputs: z.array(RoomInputSchema) });

/** `POST /api/w/<ws>/import` with `dryRun`: what would be created. */
export const ImportPreviewSchema = z.object({
  format: z.string(),
  draft: UnitDraftSchema,
  warnings: z.array(ImportWarningSchema),
  preview: z.array(ImportPreviewEntrySchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
/** `POST /api/w/<ws>/import`: the unit created. */
export const ImportedUnitSchema = z.object({
  format: z.string(),
  unit: UnitSchema,
  warnings: z.array(ImportWarningSchema),
  preview: z.array(ImportPreviewEntrySchema),
});
export type ImportedUnit = z.infer<typeof ImportedUnitSchema>;

/** A restored version: the unit or the session as it now is. */
export const RestoredDocSchema = z.union([UnitSchema, SessionSchema]);
