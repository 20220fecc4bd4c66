import { z } from 'zod';

/** Machine-readable error codes of the REST API; the HTTP status is fixed per code. */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_body: 400,
  invalid_json: 400,
  invalid_params: 400,
  /** An import the server could not read (`reason`, `line`, `path` say why and where). */
  invalid_import: 400,
  missing_key: 401,
  wrong_key: 403,
  read_only: 403,
  forbidden: 403,
  not_found: 404,
  workspace_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  /** No Chromium on the server: print from the browser instead. */
  no_pdf: 501,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every error response body: `{ "error": { "code", "message" } }`. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
