import { z } from 'zod';
import { IMPORT_FORMATS } from '@minga/import';
import { DocIdSchema, EditAuthorSchema, ForkBodySchema, SessionSchema, UnitSchema, WorkspaceIdSchema } from '@minga/schema';
import { SESSION_EXPORT_FORMATS } from '../export/exportSession.ts';

/**
 * The request schemas only the server has (the shared ones live in packages/schema). `API_ROUTES`
 * declares them and the handlers parse with what it declares (`parseBody`), so they live apart
 * from the route files, which read the registry.
 */

/** PUT's body: the complete unit, and who the change is credited to. */
export const PutUnitBodySchema = UnitSchema.extend({ author: EditAuthorSchema.optional() });

/** PUT's body for a session: the complete session, and who the change is credited to (as for units). */
export const PutSessionBodySchema = SessionSchema.extend({ author: EditAuthorSchema.optional() });

const ImportOptionsShape = {
  filename: z.string().max(255, 'must be at most 255 characters').optional(),
  sourceUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
  author: EditAuthorSchema.optional(),
};
export const ImportJsonBodySchema = z.strictObject({
  text: z.string({ error: 'text: the file’s content, as text' }),
  dryRun: z.boolean().default(false),
  ...ImportOptionsShape,
});
export const ImportRawQuerySchema = z.strictObject({
  dryRun: z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true').default(false),
  ...ImportOptionsShape,
});

export const UnitExportQuerySchema = z.strictObject({
  format: z.enum(['html', 'pdf', 'json', 'md'], { error: 'format must be html, pdf, json or md' }),
  lang: z.enum(['fr', 'en']).optional(),
});

export const SessionExportQuerySchema = z.strictObject({
  format: z.enum(SESSION_EXPORT_FORMATS, { error: `format must be one of ${SESSION_EXPORT_FORMATS.join(', ')}` }),
  lang: z.enum(['fr', 'en']).default('fr'),
  /** `inline` shows the file in the browser (a printable page) instead of downloading it. */
  disposition: z.enum(['attachment', 'inline']).default('attachment'),
});

export const RoomInputSinceSchema = z.strictObject({
  since: z.coerce.number().int().min(0).default(0),
  wait: z.coerce.number().int().min(0).max(25_000).default(0),
});

export const TimelineQuerySchema = z.strictObject({ docId: DocIdSchema.optional() });

/** Forking from the catalogue names the workspace to fork into; its edit key must come with it. */
export const CatalogueForkBodySchema = ForkBodySchema.extend({ workspaceId: WorkspaceIdSchema });
