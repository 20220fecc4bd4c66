/** Code given to failures where no answer came back (offline, server down). */
export const NETWORK_ERROR = 'network';

/** A failed API call: the server's error code (docs/API.md), or `network` when nothing answered. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }

  get isNetwork(): boolean {
    return this.code === NETWORK_ERROR;
  }
}
