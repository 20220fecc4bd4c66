import { upstreamChanges, type Unit } from '@minga/schema';
import { getUnit, getVersion, listVersions, saveVersion } from '../../api/unitApi.ts';
import { decodeVersion } from '../../lib/decodeVersion.ts';

/** The longest version name the server takes. */
const LABEL_MAX = 120;

/** True when two states of a unit read the same in every part a session shows (title, objectives, steps…). */
export function sameContent(a: Unit, b: Unit): boolean {
  return upstreamChanges(a, b, a).changes.length === 0;
}

/**
 * The id of a named version holding the unit as it is now: the newest named version when
 * nothing changed since, else a new one saved under `label` (as "Pour <session>"), so a pin
 * always names a version someone can find in the unit's history.
 */
export async function namedVersionOfNow(workspaceId: string, key: string, unitId: string, label: string, author: string): Promise<string> {
  const [live, versions] = await Promise.all([getUnit(workspaceId, key, unitId), listVersions(workspaceId, key, unitId)]);
  const newest = versions.find((version) => version.kind === 'named');
  if (newest) {
    const saved = await getVersion(workspaceId, key, unitId, newest.id);
    if (sameContent(decodeVersion(saved.state, unitId), live)) return String(newest.id);
  }
  const created = await saveVersion(workspaceId, key, unitId, label.slice(0, LABEL_MAX), author);
  return String(created.id);
}
