import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { WorkspaceRepo } from '../workspaces/WorkspaceRepo.ts';

/**
 * Keys are stored hashed, so to print the default workspace's link at every start the operator's
 * copy of its keys lives in the data directory, readable by the owner only.
 */
export const DEFAULT_WORKSPACE_FILE = 'default-workspace.json';

const SavedSchema = z.object({ id: z.string(), name: z.string(), editKey: z.string(), viewKey: z.string() });
export type SavedWorkspace = z.infer<typeof SavedSchema>;

export function readDefaultWorkspace(dataDir: string): SavedWorkspace | null {
  try {
    const parsed = SavedSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, DEFAULT_WORKSPACE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDefaultWorkspace(dataDir: string, saved: SavedWorkspace): void {
  const file = path.join(dataDir, DEFAULT_WORKSPACE_FILE);
  fs.writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
}

/** Keeps the saved copy true after a rotation of the default workspace's keys. */
export function updateDefaultWorkspaceKeys(dataDir: string, id: string, keys: { editKey?: string; viewKey?: string }): void {
  const saved = readDefaultWorkspace(dataDir);
  if (!saved || saved.id !== id) return;
  writeDefaultWorkspace(dataDir, { ...saved, ...keys });
}

/**
 * The workspace whose link `serve` prints: created on first start with an empty data directory.
 * Returns null when the data directory holds workspaces but no saved default (say, after a restore).
 */
export async function ensureDefaultWorkspace(dataDir: string, workspaces: WorkspaceRepo, name: string): Promise<SavedWorkspace | null> {
  const saved = readDefaultWorkspace(dataDir);
  if (saved && (await workspaces.check(saved.id, saved.editKey)).ok) return saved;
  if ((await workspaces.list()).length > 0) return null;
  const created = await workspaces.create(name);
  const fresh = { id: created.workspace.id, name, editKey: created.editKey, viewKey: created.viewKey };
  writeDefaultWorkspace(dataDir, fresh);
  return fresh;
}
