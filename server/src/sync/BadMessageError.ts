import { CLOSE_CODES } from '@minga/schema';

/** A refused message: the sender is closed with `closeCode` (4400 by default), nobody else notices. */
export class BadMessageError extends Error {
  constructor(message: string, readonly closeCode: number = CLOSE_CODES.badRequest) {
    super(message);
  }
}
