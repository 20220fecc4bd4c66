import { SESSION_SCHEMA_VERSION } from './session.ts';
import { MigrationError, pendingSteps, type MigrationStep } from './migrations.ts';

/**
 * Named steps that bring the JSON form of a session up to the current `schemaVersion`, as
 * unitMigrations.ts does for units. Changing SessionSchema incompatibly means bumping
 * SESSION_SCHEMA_VERSION and appending a step here (a test fails otherwise).
 */
export type SessionMigration = MigrationStep<Record<string, unknown>>;

export const SESSION_MIGRATIONS: readonly SessionMigration[] = [
  // The first version: there is nothing before it, so it only anchors the sequence.
  { id: 'session/1-initial', toVersion: 1, up: (session) => session },
];

/** A session JSON that no migration can bring to the current version. */
export class SessionMigrationError extends MigrationError {
  override name = 'SessionMigrationError';
}

/**
 * Brings a session's JSON from whatever known `schemaVersion` it has up to the current one.
 * The result still has to be parsed with SessionSchema. Throws SessionMigrationError, with a
 * message for people, on a missing, unknown or newer version.
 */
export function migrateSession(json: unknown): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new SessionMigrationError('a session must be a JSON object');
  }
  let session = json as Record<string, unknown>;
  let steps: SessionMigration[];
  try {
    steps = pendingSteps(SESSION_MIGRATIONS, session.schemaVersion, { current: SESSION_SCHEMA_VERSION, what: 'this session', field: 'schemaVersion' });
  } catch (error) {
    throw new SessionMigrationError((error as Error).message);
  }
  for (const step of steps) session = { ...step.up(session), schemaVersion: step.toVersion };
  return session;
}
