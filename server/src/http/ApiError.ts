import type { ZodError } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '@minga/schema';

/** An error the API answers as `{ "error": { code, message } }` with the status of its code. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

/** A zod failure as one readable line: `name: must not be empty; which: …`. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'body';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
