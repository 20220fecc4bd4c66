import { UPLOAD_PATH_PATTERN } from '@minga/schema';

/** Where images go: the workspace, and the edit key that may write to it. */
export interface UploadTarget {
  workspaceId: string;
  apiKey: string;
}

/** An image stored by the server, referenced from documents by its relative `url`. */
export interface UploadedImage {
  id: string;
  url: string;
  mime: string;
  size: number;
}

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

async function serverError(response: Response): Promise<{ code: string | null; message: string | null }> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    return {
      code: typeof body.error?.code === 'string' ? body.error.code : null,
      message: typeof body.error?.message === 'string' ? body.error.message : null,
    };
  } catch {
    return { code: null, message: null };
  }
}

/**
 * Uploads an image's bytes (`POST /api/w/<ws>/files` with the edit key). The server checks the
 * type by content and the size; its refusals come back as ImageUploadError with its message.
 */
export async function uploadImage(file: Blob, target: UploadTarget): Promise<UploadedImage> {
  const known = refusedSizes.get(target.workspaceId);
  if (known && file.size >= known.size) throw new ImageUploadError('tooLarge', known.message);

  let response: Response;
  try {
    response = await fetch(`/api/w/${encodeURIComponent(target.workspaceId)}/files`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${target.apiKey}`, 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ImageUploadError('network', null);
  }
  if (!response.ok) {
    const { code, message } = await serverError(response);
    if (response.status === 413) {
      const previous = refusedSizes.get(target.workspaceId);
      if (!previous || file.size < previous.size) refusedSizes.set(target.workspaceId, { size: file.size, message });
    }
    throw new ImageUploadError(reasonOf(response.status), message, code);
  }
  const body = (await response.json().catch(() => null)) as Partial<UploadedImage> | null;
  // The document will hold this url: it must be an upload path, whatever answered.
  if (!body || typeof body.url !== 'string' || !UPLOAD_PATH_PATTERN.test(body.url)) {
    throw new ImageUploadError('other', null);
  }
  return { id: String(body.id), url: body.url, mime: String(body.mime), size: Number(body.size) };
}
