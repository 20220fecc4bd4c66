/**
 * The one migrations mechanism of Minga, for the JSON forms of units and sessions (a
 * `schemaVersion`) and for the Yjs layouts of their documents (a `layoutVersion` in the meta
 * map), in the manner of tldraw's migration sequences: a sequence is a list of named steps,
 * each saying which version it produces; a step applies to values of the version before it.
 * Changing a form or a layout in a way old code cannot read means bumping its version and
 * appending a step (a test checks every sequence is complete).
 */
export interface MigrationStep<T> {
  /** Stable name, `<sequence>/<version>-<what it does>`. */
  id: string;
  /** The version `up` produces. */
  toVersion: number;
  /** Turns a value of version `toVersion - 1` into one of `toVersion` (may change it in place and return it). */
  up(value: T): T;
}

/** A value that no step can bring to the current version (missing, malformed or newer). */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * The steps that bring a value of `version` to `current`, in order. `what` names the value in
 * errors, for people ("this unit has schemaVersion 3, made by a newer Minga…"); `lowest` is the
 * oldest version there ever was (0 for layouts written before they carried a version).
 */
export function pendingSteps<T>(
  steps: readonly MigrationStep<T>[],
  version: unknown,
  options: { current: number; what: string; field: string; lowest?: number },
): MigrationStep<T>[] {
  const lowest = options.lowest ?? 1;
  if (version === undefined) throw new MigrationError(`${options.field} is missing`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < lowest) {
    throw new MigrationError(`${options.field} must be a whole number from ${lowest}, not ${JSON.stringify(version)}`);
  }
  if (version > options.current) {
    throw new MigrationError(
      `${options.what} has ${options.field} ${version}, made by a newer Minga; this one reads up to ${options.current}`,
    );
  }
  return steps.filter((step) => step.toVersion > version);
}

/** True when `steps` names one step per version, 1 to `current`, each id `<prefix>/<version>-<words>`, no id twice. */
export function isCompleteSequence(steps: readonly { id: string; toVersion: number }[], current: number, prefix: string): boolean {
  const ids = new Set(steps.map((step) => step.id));
  return (
    ids.size === steps.length &&
    steps.length === current &&
    steps.every((step, i) => step.toVersion === i + 1 && new RegExp(`^${prefix}/${i + 1}-[a-z-]+$`).test(step.id))
  );
}
