import { UnitSchema, type Unit, type VersionMeta } from '@minga/schema';
import { ApiError } from '../../api/ApiError.ts';
import { getUnit, getVersion, listVersions } from '../../api/unitApi.ts';
import { decodeVersion } from '../../lib/decodeVersion.ts';

/**
 * Where a fetched value stands. `missing`: the server says it does not exist (a deleted unit, a
 * version that is gone) or it cannot be read; `error`: no answer (offline), try again later.
 * A refresh keeps the value shown until the new one arrives.
 */
export type Loadable<T> =
  | { status: 'loading' }
  /** `offline`: the copy this device kept from an earlier visit, shown while the server cannot be reached. */
  | { status: 'ok'; value: T; offline?: true }
  | { status: 'missing' }
  | { status: 'error' };

const LOADING: Loadable<never> = { status: 'loading' };

/**
 * Units seen on this device, kept for the next visit without a connection (a workshop's wifi):
 * titles, minutes and objectives still show and the timing still adds up. Slides are left out
 * to keep the copies small; nothing compares an offline copy with another.
 */
function offlineKey(workspaceId: string, key: string): string {
  return `minga:composer-units:${workspaceId}:${key}`;
}

function keepOffline(workspaceId: string, key: string, unit: Unit): void {
  try {
    localStorage.setItem(offlineKey(workspaceId, key), JSON.stringify({ ...unit, slides: [] }));
  } catch {
    // Full or refused storage: the copy is a convenience, the page works without it.
  }
}

function readOffline(workspaceId: string, key: string): Unit | null {
  try {
    const raw = localStorage.getItem(offlineKey(workspaceId, key));
    const parsed = raw === null ? null : UnitSchema.safeParse(JSON.parse(raw));
    return parsed?.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The library units a session names, fetched once each and shared by every item that names
 * them: the live unit, its saved versions, and the unit at each pinned version (read from the
 * version's Yjs state in a throwaway doc). Live values are asked again on `refresh`.
 */
export class UnitCache {
  private readonly entries = new Map<string, Loadable<unknown>>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(
    private readonly workspaceId: string,
    private readonly key: string,
  ) {}

  /** The unit as it is now. */
  live(unitId: string): Loadable<Unit> {
    return this.peek(`live:${unitId}`);
  }

  /** The unit's saved versions, newest first. */
  versions(unitId: string): Loadable<VersionMeta[]> {
    return this.peek(`versions:${unitId}`);
  }

  /** The unit as a saved version holds it. */
  atVersion(unitId: string, versionId: string): Loadable<Unit> {
    return this.peek(`version:${unitId}:${versionId}`);
  }

  /** Starts fetching whatever of these is not known yet. */
  ensure(unitIds: Iterable<string>, pins: Iterable<{ unitId: string; versionId: string }>): void {
    for (const unitId of unitIds) {
      this.load(`live:${unitId}`, (signal) => getUnit(this.workspaceId, this.key, unitId, signal));
      this.load(`versions:${unitId}`, (signal) => listVersions(this.workspaceId, this.key, unitId, signal));
    }
    for (const { unitId, versionId } of pins) {
      const id = Number(versionId);
      this.load(`version:${unitId}:${versionId}`, async (signal) => {
        // A version id is a number; anything else cannot be fetched, so it reads as missing.
        if (!Number.isInteger(id)) throw new ApiError('not_found', 'not a version id', 404);
        const version = await getVersion(this.workspaceId, this.key, unitId, id, signal);
        return decodeVersion(version.state, unitId);
      });
    }
  }

  /** Asks again for the live units and their versions (versions once saved never change). */
  refresh(unitId?: string): void {
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith('version:')) continue;
      if (unitId !== undefined && key !== `live:${unitId}` && key !== `versions:${unitId}`) continue;
      this.stale.add(key);
    }
    this.bump();
  }

  getSnapshot = (): number => this.revision;

  subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  };

  /** Keys whose value is shown but should be fetched again at the next `ensure`. */
  private readonly stale = new Set<string>();

  private peek<T>(key: string): Loadable<T> {
    return (this.entries.get(key) as Loadable<T> | undefined) ?? LOADING;
  }

  private load<T>(key: string, fetcher: (signal?: AbortSignal) => Promise<T>): void {
    if (this.pending.has(key) || (this.entries.has(key) && !this.stale.has(key))) return;
    this.pending.add(key);
    this.stale.delete(key);
    const isUnit = !key.startsWith('versions:');
    fetcher().then(
      (value) => {
        if (isUnit) keepOffline(this.workspaceId, key, value as Unit);
        this.settle(key, { status: 'ok', value });
      },
      (error: unknown) => {
        // 404, an answer that is not a unit, or a version whose state does not decode: gone for good.
        const gone = !(error instanceof ApiError) || error.status === 404 || error.code === 'bad_response';
        if (gone) return this.settle(key, { status: 'missing' });
        // Offline: keep what was shown before, else this device's copy from an earlier visit.
        const shown = this.entries.get(key);
        if (shown?.status === 'ok') return this.settle(key, shown);
        const kept = isUnit ? readOffline(this.workspaceId, key) : null;
        this.settle(key, kept ? { status: 'ok', value: kept, offline: true } : { status: 'error' });
      },
    );
  }

  private settle(key: string, value: Loadable<unknown>): void {
    this.pending.delete(key);
    this.entries.set(key, value);
    this.bump();
  }

  private bump(): void {
    this.revision += 1;
    this.listeners.forEach((listener) => listener());
  }
}
