import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/*
 * Editors can always get the view link (to share with the room), yet no key is stored in clear:
 * the view key is sealed with AES-256-GCM under a key derived from the edit key, so only a request
 * that presents the edit key can open it.
 */

/** What a sealed secret is: view, comment and follow keys are sealed under different derived keys. */
export type SealPurpose = 'view key' | 'follow key' | 'comment key';

function sealingKey(editKey: string, purpose: SealPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(editKey, 'utf8'), Buffer.alloc(0), `minga ${purpose} seal v1`, 32));
}

/** The view key (or a follow key), encrypted under the edit key: iv (12) | tag (16) | ciphertext. */
export function sealViewKey(viewKey: string, editKey: string, purpose: SealPurpose = 'view key'): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(editKey, purpose), iv);
  const body = Buffer.concat([cipher.update(viewKey, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Opens a sealed view key (or follow key) with the edit key; null if it does not open. */
export function openViewKey(sealed: Buffer, editKey: string, purpose: SealPurpose = 'view key'): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(editKey, purpose), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
