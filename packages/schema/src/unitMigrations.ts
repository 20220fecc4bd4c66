import { UNIT_SCHEMA_VERSION } from './unit.ts';

/**
 * Named steps that bring the JSON form of a unit up to the current `schemaVersion`, in the
 * manner of tldraw's migration sequences: each step says which version it produces, and its
 * `up` turns a unit of the version before into one of that version. Changing UnitSchema in an
 * incompatible way means bumping UNIT_SCHEMA_VERSION and appending a step here (a test fails
 * otherwise).
 */
export interface UnitMigration {
  /** Stable name, `unit/<version>-<what it does>`. */
  id: string;
  /** The version `up` produces; the step applies to units of version `toVersion - 1`. */
  toVersion: number;
  up(unit: Record<string, unknown>): Record<string, unknown>;
}

export const UNIT_MIGRATIONS: readonly UnitMigration[] = [
  // The first version: there is nothing before it, so it only anchors the sequence.
  { id: 'unit/1-initial', toVersion: 1, up: (unit) => unit },
];

/** A unit JSON that no migration can bring to the current version. */
export class UnitMigrationError extends Error {
  override name = 'UnitMigrationError';
}

/**
 * Brings a unit's JSON from whatever known `schemaVersion` it has up to the current one.
 * The result still has to be parsed with UnitSchema. Throws UnitMigrationError, with a message
 * for people, on a missing, unknown or newer version.
 */
export function migrateUnit(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UnitMigrationError('a unit must be a JSON object');
  }
  let unit = json as Record<string, unknown>;
  const version = unit.schemaVersion;
  if (version === undefined) throw new UnitMigrationError('schemaVersion is missing');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UnitMigrationError(`schemaVersion must be a whole number from 1, not ${JSON.stringify(version)}`);
  }
  if (version > UNIT_SCHEMA_VERSION) {
    throw new UnitMigrationError(
      `this unit has schemaVersion ${version}, made by a newer Minga; this one reads up to ${UNIT_SCHEMA_VERSION}`,
    );
  }
  for (const step of UNIT_MIGRATIONS) {
    if (step.toVersion > version) unit = { ...step.up(unit), schemaVersion: step.toVersion };
  }
  return unit;
}
