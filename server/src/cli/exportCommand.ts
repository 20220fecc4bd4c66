import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { Config } from '../config.ts';
import { createMinga } from '../createMinga.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { exportSession, type SessionExportFormat } from '../export/exportSession.ts';

/** `minga export`: the same export as the REST API, from the data directory, without a server. */
export async function exportCommand(
  config: Config,
  ref: DocRef,
  format: SessionExportFormat,
  lang: 'fr' | 'en',
  out: string,
): Promise<{ file: string; bytes: number; format: string }> {
  const minga = await createMinga(config, pino({ level: 'silent' }));
  try {
    const exported = await exportSession(minga.ctx, ref, format, lang);
    const file = path.resolve(out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, exported.body);
    return { file, bytes: fs.statSync(file).size, format };
  } finally {
    await minga.close();
  }
}
