import type { Logger } from 'pino';
import { z } from 'zod';
import { LayoutMigrationError, migrateLayout, storedLayout, type VersionedDocKind } from '@minga/doc-model';
import type { DocRef } from '../storage/DocStore.ts';
import type { SyncRoom } from './SyncRoom.ts';

/** Origin of the transaction that migrates a doc's layout (stored and relayed like a REST change). */
export const LAYOUT_MIGRATION = Symbol('layout migration');

/** `?layout=<n>`: a whole number of at most four digits (anything else reads as an app from before). */
const LayoutParamSchema = z.string().regex(/^\d{1,4}$/).transform(Number);

/**
 * The layout a tab writes, from the `layout` query parameter of its sync socket. Apps before
 * layouts were announced sent none: they wrote layout 1 of every kind.
 */
export function clientLayout(param: unknown): number {
  const parsed = LayoutParamSchema.safeParse(param);
  return parsed.success ? parsed.data : 1;
}

/** Which versioned layout a doc has: comments docs by their path, units and sessions by the registry. */
export function versionedKind(ref: DocRef, registryKind: string | undefined): VersionedDocKind | null {
  if (ref.docId.endsWith('/comments')) return 'comments';
  return registryKind === 'unit' || registryKind === 'session' ? registryKind : null;
}

/** The layout a loaded doc has now (0 when its kind has no versioned layout). */
export function roomLayout(room: SyncRoom, kind: VersionedDocKind | null): number {
  return kind ? storedLayout(room.doc, kind) : 0;
}

/**
 * Brings a freshly loaded doc to the current layout before anyone reads it. The change is
 * queued to disk like a REST write: sync replies wait for it, so no client sees the old layout.
 */
export function migrateOnLoad(room: SyncRoom, kind: VersionedDocKind | null, log: Logger): void {
  if (!kind) return;
  const doc = `${room.ref.workspaceId}/${room.ref.docId}`;
  try {
    const steps = migrateLayout(room.doc, kind, LAYOUT_MIGRATION);
    if (steps.length > 0) log.info({ doc, steps }, 'document layout migrated');
  } catch (error) {
    if (!(error instanceof LayoutMigrationError)) throw error;
    log.error({ doc, err: error }, 'document layout is newer than this Minga: served as it is, not migrated');
  }
}
