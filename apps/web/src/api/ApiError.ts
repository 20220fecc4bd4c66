/** Code given to failures where no answer came back (offline, server down). */
export const NETWORK_ERROR = 'network';

/** A failed API call: the server's error code (docs/API.md), or `network` when nothing answered. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The other fields of the server's error body (an import's `reason`, `line`, `path`…). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, status: number, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  get isNetwork(): boolean {
    return this.code === NETWORK_ERROR;
  }
}

/** Whether a failure is "nothing answered" (offline, server down), which screens word apart. */
export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && error.isNetwork;
}
