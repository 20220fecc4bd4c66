import { UPLOAD_PATH_PATTERN, UploadedFileSchema, type UploadedFile } from '@minga/schema';
import { ApiError } from '../api/ApiError.ts';
import { request } from '../api/apiClient.ts';

/** Where images go: the workspace, and the edit key that may write to it. */
export interface UploadTarget {
  workspaceId: string;
  apiKey: string;
}

/** An image stored by the server, referenced from documents by its relative `url`. */
export type UploadedImage = UploadedFile;

/** Why an upload failed, for the message shown to the person. */
export type UploadFailureReason = 'tooLarge' | 'unsupported' | 'forbidden' | 'network' | 'other';

/** The API error code each failure stands for when the server gave none (`apiErrorMessage` words it). */
const DEFAULT_CODES: Record<UploadFailureReason, string> = {
  tooLarge: 'payload_too_large',
  unsupported: 'unsupported_media_type',
  forbidden: 'read_only',
  network: 'network',
  other: 'bad_response',
};

/** A refused or failed upload, with the server's error code and message when it gave them. */
export class ImageUploadError extends Error {
  readonly reason: UploadFailureReason;
  /** The API error code (docs/API.md), or the one the failure stands for. */
  readonly code: string;
  readonly serverMessage: string | null;

  constructor(reason: UploadFailureReason, serverMessage: string | null, code?: string | null) {
    super(serverMessage ?? reason);
    this.name = 'ImageUploadError';
    this.reason = reason;
    this.code = code ?? DEFAULT_CODES[reason];
    this.serverMessage = serverMessage;
  }
}

// The server does not publish its size limit: a file at least as big as one it refused with 413
// is refused here at once, with the server's message, instead of sending megabytes again.
const refusedSizes = new Map<string, { size: number; message: string | null }>();

function reasonOf(status: number): UploadFailureReason {
  if (status === 413) return 'tooLarge';
  if (status === 415) return 'unsupported';
  if (status === 401 || status === 403) return 'forbidden';
  return 'other';
}

/** The stored image as the server answers it; its url goes into the document, so it must be an upload path. */
const StoredImageSchema = UploadedFileSchema.refine((file) => UPLOAD_PATH_PATTERN.test(file.url), { message: 'url: not an upload path' });

/**
 * Uploads an image's bytes (`POST /api/w/<ws>/files` with the edit key). The server checks the
 * type by content and the size; its refusals come back as ImageUploadError with its message.
 */
export async function uploadImage(file: Blob, target: UploadTarget): Promise<UploadedImage> {
  const known = refusedSizes.get(target.workspaceId);
  if (known && file.size >= known.size) throw new ImageUploadError('tooLarge', known.message);
  try {
    return await request('POST', `/api/w/${encodeURIComponent(target.workspaceId)}/files`, { key: target.apiKey, body: file, schema: StoredImageSchema });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 0) throw new ImageUploadError('network', null);
    if (error.code === 'bad_response') throw new ImageUploadError('other', null);
    if (error.status === 413) {
      const previous = refusedSizes.get(target.workspaceId);
      if (!previous || file.size < previous.size) refusedSizes.set(target.workspaceId, { size: file.size, message: error.message });
    }
    throw new ImageUploadError(reasonOf(error.status), error.message, error.code);
  }
}
