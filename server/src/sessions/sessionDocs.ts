import { applySessionJson, yDocToSession } from '@minga/doc-model';
import { GENERAL_PAD_DOC_ID, type Session, type Unit } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import { ApiError } from '../http/ApiError.ts';
import { requireLiveDoc } from '../http/docBin.ts';
import { readUnit, readUnitVersion } from '../units/unitDocs.ts';
import { creditRoomEdit } from '../units/creditEdit.ts';

/** A session of the workspace that is not in the bin, or a 404 saying why. */
export async function requireLiveSession(ctx: MingaContext, ref: DocRef): Promise<void> {
  await requireLiveDoc(ctx, ref, 'session');
}

/** The JSON form of a live session doc. */
export function readSession(ctx: MingaContext, ref: DocRef): Promise<Session> {
  return ctx.rooms.withRoom(ref, (room) => yDocToSession(room.doc, ref.docId));
}

/**
 * Creates a session doc from its JSON form; refuses an id already taken in the workspace. With
 * `credit`, the creation is an API edit, credited as a unit's is (`createUnit`): its author, or "via API".
 */
export async function createSession(ctx: MingaContext, workspaceId: string, session: Session, credit?: { author?: string }): Promise<Session> {
  const ref = { workspaceId, docId: session.id };
  if (session.id === GENERAL_PAD_DOC_ID || await ctx.registry.get(ref) || (await ctx.store.countUpdates(ref)) > 0) {
    throw new ApiError('conflict', `A document with the id "${session.id}" already exists in this workspace.`);
  }
  const now = new Date().toISOString();
  await ctx.registry.register(ref, 'session');
  return ctx.rooms.withRoom(ref, async (room) => {
    applySessionJson(room.doc, { ...session, createdAt: session.createdAt ?? now, updatedAt: now });
    if (credit) creditRoomEdit(ctx.autoVersions, room, credit.author);
    const saved = yDocToSession(room.doc, session.id);
    await ctx.sessionIndex.upsert(ref, saved);
    return saved;
  });
}

/**
 * The units a session's items name, each as the session uses it: live items read the unit now,
 * pinned ones its pinned version. Deleted or unreadable units are absent, never an error.
 */
export async function resolveSessionUnits(ctx: MingaContext, workspaceId: string, session: Session): Promise<Map<string, Unit | undefined>> {
  const units = new Map<string, Unit | undefined>();
  for (const item of session.items) {
    if (item.kind !== 'unit' || units.has(item.unitId)) continue;
    const ref = { workspaceId, docId: item.unitId };
    const entry = await ctx.registry.get(ref);
    if (!entry || entry.kind !== 'unit' || entry.deletedAt) {
      units.set(item.unitId, undefined);
      continue;
    }
    try {
      const unit = item.mode === 'pinned' && item.pinnedVersion ? await readUnitVersion(ctx, ref, item.pinnedVersion) : await readUnit(ctx, ref);
      units.set(item.unitId, unit ?? undefined);
    } catch {
      units.set(item.unitId, undefined);
    }
  }
  return units;
}
