import * as Y from 'yjs';
import { yDocToUnit } from '@minga/doc-model';
import type { Unit } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { requireLiveDoc } from '../http/docBin.ts';

/** The JSON form of a live unit doc (loading it if needed). */
export function readUnit(ctx: MingaContext, ref: DocRef): Promise<Unit> {
  return ctx.rooms.withRoom(ref, (room) => yDocToUnit(room.doc, ref.docId));
}

/** The JSON form of a unit at a saved version. */
export async function readUnitVersion(ctx: MingaContext, ref: DocRef, versionId: string): Promise<Unit | null> {
  const id = Number(versionId);
  if (!Number.isInteger(id)) return null;
  const version = await ctx.versions.get(ref, id);
  if (!version) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.snapshot);
  const unit = yDocToUnit(doc, ref.docId);
  doc.destroy();
  return unit;
}

/** Saves the unit's current state as a version; returns its id as units reference it. */
export async function markVersion(ctx: MingaContext, ref: DocRef, label: string, author: string): Promise<string> {
  const state = await ctx.rooms.withRoom(ref, (room) => Y.encodeStateAsUpdate(room.doc));
  return String((await ctx.versions.save(ref, 'named', label, author, state)).id);
}

/** A unit of the workspace that is not in the bin, or a 404 saying why. */
export async function requireLiveUnit(ctx: MingaContext, ref: DocRef): Promise<void> {
  await requireLiveDoc(ctx, ref, 'unit');
}
