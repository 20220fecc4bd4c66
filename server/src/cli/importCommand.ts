import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Config } from '../config.ts';
import { createMinga } from '../createMinga.ts';
import { importUnit } from '../units/importUnit.ts';
import { IMPORT_MAX_BYTES } from '../http/routes/importRoutes.ts';
import { ApiError } from '../http/ApiError.ts';

/** `minga import`: the same import as the REST API, into a workspace of the data directory. */
export async function importCommand(config: Config, workspaceId: string, file: string, sourceUrl?: string, author?: string) {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch {
    throw new ApiError('not_found', `Cannot read ${file}.`);
  }
  const minga = await createMinga(config, pino({ level: 'silent' }));
  try {
    if (!(await minga.ctx.workspaces.get(workspaceId))) throw new ApiError('workspace_not_found', `No workspace has the id ${workspaceId}.`);
    const result = await importUnit(minga.ctx, workspaceId, bytes, {
      filename: path.basename(file),
      maxBytes: IMPORT_MAX_BYTES,
      ...(sourceUrl ? { sourceUrl } : {}),
    }, author);
    return { id: result.unit.id, title: result.unit.title, format: result.format, warnings: result.warnings };
  } finally {
    await minga.close();
  }
}
