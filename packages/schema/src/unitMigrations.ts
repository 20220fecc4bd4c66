import { UNIT_SCHEMA_VERSION } from './unit.ts';
import { MigrationError, pendingSteps, type MigrationStep } from './migrations.ts';

/**
 * Named steps that bring the JSON form of a unit up to the current `schemaVersion`, in the
 * manner of tldraw's migration sequences: each step says which version it produces, and its
 * `up` turns a unit of the version before into one of that version. Changing UnitSchema in an
 * incompatible way means bumping UNIT_SCHEMA_VERSION and appending a step here (a test fails
 * otherwise).
 */
export type UnitMigration = MigrationStep<Record<string, unknown>>;

export const UNIT_MIGRATIONS: readonly UnitMigration[] = [
  // The first version: there is nothing before it, so it only anchors the sequence.
  { id: 'unit/1-initial', toVersion: 1, up: (unit) => unit },
];

/** A unit JSON that no migration can bring to the current version. */
export class UnitMigrationError extends MigrationError {
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
  let steps: UnitMigration[];
  try {
    steps = pendingSteps(UNIT_MIGRATIONS, unit.schemaVersion, { current: UNIT_SCHEMA_VERSION, what: 'this unit', field: 'schemaVersion' });
  } catch (error) {
    throw new UnitMigrationError((error as Error).message);
  }
  for (const step of steps) unit = { ...step.up(unit), schemaVersion: step.toVersion };
  return unit;
}
