import { applyUnitJson, yDocToUnit } from '@minga/doc-model';
import { contributorKey, type Unit } from '@minga/schema';
import type * as Y from 'yjs';

/**
 * Makes the live unit read like a saved version, as one new change made with `origin`: the
 * history keeps every earlier state, so nothing is destroyed, and open editors see the change
 * as if someone had typed it. Credits are never taken back: whoever contributed since the
 * version stays listed. The unit keeps its id and creation date.
 */
export function restoreVersion(doc: Y.Doc, version: Unit, unitId: string, origin: unknown): void {
  doc.transact(() => {
    const live = yDocToUnit(doc, unitId);
    const credited = new Set(version.contributors.map((c) => contributorKey(c.name)));
    const contributors = [...version.contributors, ...live.contributors.filter((c) => !credited.has(contributorKey(c.name)))];
    const restored: Unit = { ...version, id: unitId, contributors, updatedAt: new Date().toISOString() };
    if (live.createdAt) restored.createdAt = live.createdAt;
    else delete restored.createdAt;
    applyUnitJson(doc, restored, { origin });
  }, origin);
}
