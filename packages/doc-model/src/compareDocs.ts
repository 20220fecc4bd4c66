import type { DocComparison, FieldChange, Session, Unit } from '@minga/schema';
import { compareField } from './compareFields.ts';
import { compareItems, type Identified } from './compareItems.ts';

/**
 * Field-by-field comparison of two JSON forms of one document. Ids, the schema version and the
 * timestamps are left out: they say when, not what.
 */

const NOT_CONTENT = new Set(['schemaVersion', 'id', 'createdAt', 'updatedAt']);

/** Every field that differs between two JSON forms of a unit or a session. */
export function compareDocs(before: object, after: object): DocComparison {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !NOT_CONTENT.has(k));
  const fields: FieldChange[] = [];
  for (const key of keys) {
    if (isItemList(a[key]) && isItemList(b[key])) {
      const items = compareItems(a[key], b[key]);
      if (items.length > 0) fields.push({ field: key, kind: 'items', items });
    } else {
      const change = compareField(key, a[key], b[key]);
      if (change) fields.push(change);
    }
  }
  return { fields };
}

/** What changed in a unit between two of its states. */
export function compareUnits(before: Unit, after: Unit): DocComparison {
  return compareDocs(before, after);
}

/** What changed in a session between two of its states. */
export function compareSessions(before: Session, after: Session): DocComparison {
  return compareDocs(before, after);
}

function isItemList(value: unknown): value is Identified[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string');
}
