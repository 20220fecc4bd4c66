import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret key: 256 random bits, URL-safe. */
export function newKey(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A new workspace id: 96 random bits, URL-safe (16 characters). Never starting with "-", which
 * the command line would read as an option (`minga workspace rotate-keys -x…` failed 1 in 64).
 */
export function newWorkspaceId(): string {
  for (;;) {
    const id = randomBytes(12).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/**
 * Keys are stored as SHA-256 digests. The keys are long random secrets, so a fast
 * unsalted hash is enough: there is nothing to brute-force from a leaked database.
 */
export function hashKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** Compares a presented key with a stored digest in constant time. */
export function keyMatches(key: string, storedHash: Buffer): boolean {
  const presented = hashKey(key);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}
