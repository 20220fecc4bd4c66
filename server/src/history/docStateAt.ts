import * as Y from 'yjs';
import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import type { Session, Unit } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { ApiError } from '../http/ApiError.ts';
import { sessionLineage } from './sessionLineage.ts';

/** One state of a unit or a session, in its JSON form, as a comparison names it. */
export interface DocState {
  ref: string;
  label: string;
  createdAt: string;
  /** The stored version it comes from; null for the live state. */
  versionId: number | null;
  json: Unit | Session;
}

export type ComparableKind = 'unit' | 'session';

/**
 * The JSON form of a document at `which`: a version id, `delivery:<id>` (the version that delivery
 * froze of this document) or `now` (the live state, from its room).
 */
export async function docStateAt(ctx: MingaContext, ref: DocRef, kind: ComparableKind, which: string): Promise<DocState> {
  const toJson = (doc: Y.Doc) => (kind === 'unit' ? yDocToUnit(doc, ref.docId) : yDocToSession(doc, ref.docId));
  if (which === 'now') {
    const json = await ctx.rooms.withRoom(ref, (room) => toJson(room.doc));
    return { ref: 'now', label: '', createdAt: new Date().toISOString(), versionId: null, json };
  }
  const { versionId, label, from } = which.startsWith('delivery:')
    ? await deliveredVersion(ctx, ref, kind, Number(which.slice(9)))
    : { versionId: Number(which), label: null, from: ref };
  const version = await ctx.versions.get(from, versionId);
  if (!version) throw new ApiError('not_found', `No version ${which} of this document.`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version.snapshot);
  return { ref: which, label: label ?? version.label, createdAt: version.createdAt, versionId, json: toJson(doc) };
}

/**
 * The version a delivery froze of a document. For a session, a delivery of a session it was
 * duplicated from counts too ("the Lille session since Brest"): its frozen session is the base.
 */
async function deliveredVersion(ctx: MingaContext, ref: DocRef, kind: ComparableKind, deliveryId: number): Promise<{ versionId: number; label: string; from: DocRef }> {
  const delivery = await ctx.deliveries.get(ref.workspaceId, deliveryId);
  if (!delivery) throw new ApiError('not_found', `No delivery ${deliveryId} in this workspace.`);
  const frozen = delivery.versions.find((v) => v.docId === ref.docId);
  if (frozen) return { versionId: frozen.versionId, label: delivery.place, from: ref };
  if (kind === 'session') {
    const lineage = await sessionLineage(ctx, ref.workspaceId, ref.docId);
    const ancestor = delivery.versions.find((v) => v.kind === 'session' && lineage.some((s) => s.id === v.docId));
    if (ancestor) return { versionId: ancestor.versionId, label: delivery.place, from: { workspaceId: ref.workspaceId, docId: ancestor.docId } };
  }
  throw new ApiError('not_found', `Delivery ${deliveryId} (${delivery.place}) did not use this document.`);
}

/**
 * Who changed a document between two states: the authors of the versions saved after `from` up to
 * `to`, and, when `to` is now, the people editing since the last version.
 */
export async function authorsBetween(ctx: MingaContext, ref: DocRef, from: DocState, to: DocState): Promise<string[]> {
  const low = from.versionId ?? Infinity;
  const high = to.versionId ?? Infinity;
  const names = (await ctx.versions.list(ref))
    .filter((v) => v.id > low && v.id <= high)
    .reverse()
    .flatMap((v) => v.author.split(', '));
  if (to.versionId === null) {
    const live = await ctx.rooms.withRoom(ref, (room) => ctx.autoVersions.editorsSince(room));
    names.push(...live);
  }
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}
