import { z } from 'zod';

/** The id of an item inside a unit (objective, step, slide…): same alphabet as doc ids. */
export const ItemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 characters of A-Z, a-z, 0-9, "_" or "-"');

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

interface RandomSource { getRandomValues<T extends Uint8Array>(array: T): T }

/**
 * A fresh random id (16 characters, about 95 bits). Items are created by peers that cannot
 * coordinate, so ids must not collide: crypto randomness when the runtime has it (browsers, Node 20).
 */
export function newItemId(): string {
  const bytes = new Uint8Array(16);
  const random = (globalThis as { crypto?: RandomSource }).crypto;
  if (random) random.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
