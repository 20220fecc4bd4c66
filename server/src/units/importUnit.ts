import { importText, type ImportOptions } from '@minga/import';
import { newItemId, unitFromDraft, type ImportPreview, type Unit } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import { createUnit } from '../http/routes/unitRoutes.ts';

/** A refused import: what is wrong and where, in the importer's words. */
export class ImportRefused extends Error {
  constructor(
    readonly reason: string,
    message: string,
    readonly where: { line?: number; path?: string },
  ) {
    super(message);
  }
}

/** What an import gives: the reply of a dry run (packages/schema). */
export type ImportOutcome = ImportPreview;

/** Parses a file or pasted text into a unit draft, or throws ImportRefused. Creates nothing. */
export function previewImport(input: string | Uint8Array, options: ImportOptions): ImportOutcome {
  const result = importText(input, options);
  if (!result.ok) {
    const { code, message, ...where } = result.error;
    throw new ImportRefused(code, message, where);
  }
  return { format: result.format, draft: result.draft, warnings: result.warnings, preview: result.preview };
}

/** Imports into a workspace: the whole unit is created, or nothing is; credited to `author`, or said to come via the API. */
export async function importUnit(ctx: MingaContext, workspaceId: string, input: string | Uint8Array, options: ImportOptions, author?: string): Promise<ImportOutcome & { unit: Unit }> {
  const outcome = previewImport(input, options);
  // A unit's own id from an imported JSON may already be taken here: the import gets a fresh one.
  const id = outcome.draft.id && !await ctx.registry.get({ workspaceId, docId: outcome.draft.id }) ? outcome.draft.id : newItemId();
  const unit = await createUnit(ctx, workspaceId, unitFromDraft({ ...outcome.draft, id }, id), author === undefined ? {} : { author });
  return { ...outcome, unit };
}
