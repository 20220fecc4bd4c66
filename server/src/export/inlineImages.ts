import { UPLOAD_PATH_PATTERN } from '@minga/schema';
import type { FileRepo } from '../files/FileRepo.ts';

/**
 * The `imageSrc` hook of an offline export: images uploaded to this workspace become data: URIs;
 * anything else (a remote https image) is left out, since the file must present with no network.
 */
export function inlineUploadedImages(files: FileRepo, workspaceId: string): (src: string) => string | undefined {
  return (src) => {
    const match = /^\/api\/w\/([A-Za-z0-9_-]+)\/files\/([A-Za-z0-9_-]+)/.exec(src);
    if (!match || match[1] !== workspaceId || !UPLOAD_PATH_PATTERN.test(src)) return undefined;
    const file = files.get(workspaceId, match[2]!);
    return file ? `data:${file.mime};base64,${file.data.toString('base64')}` : undefined;
  };
}
