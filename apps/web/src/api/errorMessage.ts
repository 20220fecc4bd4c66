import type { ErrorCode } from '@minga/schema';
import type { TFunction } from 'i18next';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';

/**
 * Every way an API call can fail, as the web app knows it: the server's codes (`ERROR_STATUS`,
 * `invalid_import` included), and the client's own:
 * `network` (nothing answered), `bad_response` (an answer that does not read), `export_failed`
 * (a file download refused without a readable reason).
 */
export type ApiErrorKind = ErrorCode | typeof NETWORK_ERROR | 'bad_response' | 'export_failed';

/** The sentence for each kind: what happened and what to do, in the interface's language. */
export const API_ERROR_MESSAGES = {
  bad_request: 'apiErrors.bad_request',
  invalid_body: 'apiErrors.invalid_body',
  invalid_json: 'apiErrors.invalid_json',
  invalid_params: 'apiErrors.invalid_params',
  missing_key: 'apiErrors.missing_key',
  wrong_key: 'apiErrors.wrong_key',
  read_only: 'apiErrors.read_only',
  forbidden: 'apiErrors.forbidden',
  not_found: 'apiErrors.not_found',
  workspace_not_found: 'apiErrors.workspace_not_found',
  method_not_allowed: 'apiErrors.method_not_allowed',
  conflict: 'apiErrors.conflict',
  payload_too_large: 'apiErrors.payload_too_large',
  unsupported_media_type: 'apiErrors.unsupported_media_type',
  too_many_requests: 'apiErrors.too_many_requests',
  internal: 'apiErrors.internal',
  no_pdf: 'apiErrors.no_pdf',
  network: 'apiErrors.network',
  bad_response: 'apiErrors.bad_response',
  invalid_import: 'apiErrors.invalid_import',
  export_failed: 'apiErrors.export_failed',
} as const satisfies Record<ApiErrorKind, string>;

/** For anything else: a code this version does not know, or an error that is no API error at all. */
const UNKNOWN_MESSAGE = 'apiErrors.unknown';
/** `payload_too_large` when the server said its limit. */
const TOO_LARGE_WITH_LIMIT = 'apiErrors.tooLargeWithLimit';

function isKnown(code: string): code is ApiErrorKind {
  return Object.hasOwn(API_ERROR_MESSAGES, code);
}

/**
 * The code of a failure: an ApiError's, a code given as such (a string, or `{ code }` as hooks keep
 * it), `network` for a fetch that threw, `unknown` otherwise.
 */
export function apiErrorCode(error: unknown): string {
  if (error instanceof ApiError) return error.code;
  if (typeof error === 'string') return error;
  // fetch rejects with a TypeError when nothing answered.
  if (error instanceof TypeError) return NETWORK_ERROR;
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') return (error as { code: string }).code;
  return 'unknown';
}

/**
 * The size limit a 413 message names, in megabytes: the last size it gives ("… over the size limit
 * of 5.0 MiB.", "the file is 1.2 MiB; imports are limited to 1.0 MiB").
 */
function sizeLimitMegabytes(message: string): number | null {
  const match = [...message.matchAll(/(\d+(?:\.\d+)?)\s*(KiB|MiB)/g)].at(-1);
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] === 'MiB' ? value : value / 1024;
}

/**
 * A failed call as one readable sentence in the current language: what happened and what to do
 * (never the server's own English message). Components add what failed before it when they can.
 */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  const code = apiErrorCode(error);
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  if (code === 'payload_too_large' && typeof message === 'string') {
    const megabytes = sizeLimitMegabytes(message);
    if (megabytes !== null) return t(TOO_LARGE_WITH_LIMIT, { megabytes });
  }
  return t(isKnown(code) ? API_ERROR_MESSAGES[code] : UNKNOWN_MESSAGE);
}
