import * as Y from 'yjs';
import { MINUTES_MAX, jsonEqual, type RichTextDoc } from '@minga/schema';
import { syncText } from './syncText.ts';
import { syncXmlFragment, xmlFragmentToRichText } from './richTextYjs.ts';
import { repairRichText } from './repairRichText.ts';

/**
 * Field-level reads and writes on a Y.Map, shared by the unit's meta map and its list items.
 * Writes change nothing when the value is already there, so applying the same JSON twice
 * produces no update at all. Reads never throw: a missing or mistyped value reads as the default.
 */

/** Sets a plain value unless an equal one is there; `undefined` deletes the key. */
export function setValue(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!map.has(key) || !jsonEqual(map.get(key), value)) {
    map.set(key, value);
  }
}

/** Makes the Y.Text under `key` read `value`, creating it when missing. */
export function setText(map: Y.Map<unknown>, key: string, value: string): void {
  const current = map.get(key);
  if (current instanceof Y.Text) syncText(current, value);
  else map.set(key, new Y.Text(value));
}

/** Makes the Y.XmlFragment under `key` hold `doc`, creating it when missing. */
export function setRichText(map: Y.Map<unknown>, key: string, doc: RichTextDoc): void {
  let fragment = map.get(key);
  if (!(fragment instanceof Y.XmlFragment)) {
    fragment = new Y.XmlFragment();
    map.set(key, fragment);
  }
  syncXmlFragment(fragment as Y.XmlFragment, doc);
}

export function readText(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key);
  return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
}

export function readString(map: Y.Map<unknown>, key: string, fallback = ''): string {
  const value = map.get(key);
  return typeof value === 'string' ? value : fallback;
}

export function readBoolean(map: Y.Map<unknown>, key: string): boolean {
  return map.get(key) === true;
}

export function readRichText(map: Y.Map<unknown>, key: string): RichTextDoc {
  const fragment = map.get(key);
  if (!(fragment instanceof Y.XmlFragment)) return { type: 'doc', content: [] };
  return repairRichText(xmlFragmentToRichText(fragment));
}

/** Whole minutes from 0 to MINUTES_MAX: a number out of range is brought in, anything else reads as `fallback`. */
export function readMinutes(map: Y.Map<unknown>, key: string, fallback = 0): number {
  const value = map.get(key);
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(MINUTES_MAX, Math.max(0, Math.round(value)));
}

/** `value` as the schema parses it, or `fallback` when the schema refuses it. */
export function parsedOr<T, F>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown, fallback: F): T | F {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}
