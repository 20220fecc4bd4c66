import { UPLOAD_PATH_PATTERN } from '@minga/schema';
import type { FileRepo } from '../files/FileRepo.ts';

/**
 * The `imageSrc` hook of an offline export: images uploaded to this workspace become data: URIs;
 * anything else (a remote https image) is left out, since the file must present with no network.
 * The hook is synchronous, so the images `content` names are read first (the repository may be
 * Postgres); `content` is what gets rendered, in any JSON-serialisable shape.
 */
export async function inlineUploadedImages(files: FileRepo, workspaceId: string, content: unknown): Promise<(src: string) => string | undefined> {
  const ids = new Set<string>();
  for (const m of JSON.stringify(content ?? null).matchAll(/\/api\/w\/([A-Za-z0-9_-]+)\/files\/([A-Za-z0-9_-]+)/g)) {
    if (m[1] === workspaceId) ids.add(m[2]!);
  }
  const uris = new Map<string, string>();
  for (const id of ids) {
    const file = await files.get(workspaceId, id);
    if (file) uris.set(id, `data:${file.mime};base64,${file.data.toString('base64')}`);
  }
  return (src) => {
    const match = /^\/api\/w\/([A-Za-z0-9_-]+)\/files\/([A-Za-z0-9_-]+)/.exec(src);
    if (!match || match[1] !== workspaceId || !UPLOAD_PATH_PATTERN.test(src)) return undefined;
    return uris.get(match[2]!);
  };
}
