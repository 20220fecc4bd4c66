import { SESSION_SCHEMA_VERSION } from './session.ts';

/**
 * Named steps that bring the JSON form of a session up to the current `schemaVersion`, as
 * unitMigrations.ts does for units. Changing SessionSchema incompatibly means bumping
 * SESSION_SCHEMA_VERSION and appending a step here (a test fails otherwise).
 */
export interface SessionMigration {
  /** Stable name, `session/<version>-<what it does>`. */
  id: string;
  /** The version `up` produces; the step applies to sessions of version `toVersion - 1`. */
  toVersion: number;
  up(session: Record<string, unknown>): Record<string, unknown>;
}

export const SESSION_MIGRATIONS: readonly SessionMigration[] = [
  // The first version: there is nothing before it, so it only anchors the sequence.
  { id: 'session/1-initial', toVersion: 1, up: (session) => session },
];

/** A session JSON that no migration can bring to the current version. */
export class SessionMigrationError extends Error {
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
  const version = session.schemaVersion;
  if (version === undefined) throw new SessionMigrationError('schemaVersion is missing');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SessionMigrationError(`schemaVersion must be a whole number from 1, not ${JSON.stringify(version)}`);
  }
  if (version > SESSION_SCHEMA_VERSION) {
    throw new SessionMigrationError(
      `this session has schemaVersion ${version}, made by a newer Minga; this one reads up to ${SESSION_SCHEMA_VERSION}`,
    );
  }
  for (const step of SESSION_MIGRATIONS) {
    if (step.toVersion > version) session = { ...step.up(session), schemaVersion: step.toVersion };
  }
  return session;
}
