import { yDocToUnit } from '@minga/doc-model';
import type { Unit } from '@minga/schema';
import * as Y from 'yjs';

/** Bytes from base64 (the `state` of a version, as the API sends it). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The JSON form of a unit as a saved version holds it, read from a throwaway Y.Doc: the live
 * document is not touched until someone restores it.
 */
export function decodeVersion(state: string, unitId: string): Unit {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, base64ToBytes(state));
    return yDocToUnit(doc, unitId);
  } finally {
    doc.destroy();
  }
}
