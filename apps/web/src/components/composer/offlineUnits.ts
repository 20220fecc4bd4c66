import { UnitSchema, type Unit } from '@minga/schema';

/**
 * Units seen on this device, kept for the next visit without a connection (a workshop's wifi):
 * titles, minutes and objectives still show and the timing still adds up. Slides are left out
 * to keep the copies small; nothing compares an offline copy with another. `copy` names the unit
 * as it is now (`live:<unitId>`) or at a version (`version:<unitId>:<versionId>`).
 */
function offlineKey(workspaceId: string, copy: string): string {
  return `minga:composer-units:${workspaceId}:${copy}`;
}

export function keepOffline(workspaceId: string, copy: string, unit: Unit): void {
  try {
    localStorage.setItem(offlineKey(workspaceId, copy), JSON.stringify({ ...unit, slides: [] }));
  } catch {
    // Full or refused storage: the copy is a convenience, the page works without it.
  }
}

export function readOffline(workspaceId: string, copy: string): Unit | null {
  try {
    const raw = localStorage.getItem(offlineKey(workspaceId, copy));
    const parsed = raw === null ? null : UnitSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}
