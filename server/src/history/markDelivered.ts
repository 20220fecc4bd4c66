import * as Y from 'yjs';
import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import type { DeliveredVersion, Delivery, DeliveryBody } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';

/**
 * Marks a session as delivered: freezes a named version of the session and of each unit it uses
 * (a pinned unit keeps the version it is pinned to), and keeps the room input that was kept.
 */
export async function markDelivered(ctx: MingaContext, ref: DocRef, body: DeliveryBody): Promise<Delivery> {
  const label = `${body.place} · ${body.date}`;
  const frozen = await ctx.rooms.withRoom(ref, (room) => ({ state: Y.encodeStateAsUpdate(room.doc), session: yDocToSession(room.doc, ref.docId) }));
  const { session } = frozen;
  const versions: DeliveredVersion[] = [
    { docId: ref.docId, kind: 'session', versionId: (await ctx.versions.save(ref, 'named', label, body.author, frozen.state)).id, title: session.title },
  ];
  for (const item of session.items) {
    if (item.kind !== 'unit' || versions.some((v) => v.docId === item.unitId)) continue;
    const unitRef = { workspaceId: ref.workspaceId, docId: item.unitId };
    const entry = await ctx.registry.get(unitRef);
    if (!entry || entry.kind !== 'unit' || entry.deletedAt) continue;
    const pinned = item.mode === 'pinned' ? await ctx.versions.get(unitRef, Number(item.pinnedVersion)) : null;
    if (pinned) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, pinned.snapshot);
      versions.push({ docId: item.unitId, kind: 'unit', versionId: pinned.id, title: yDocToUnit(doc, item.unitId).title });
      doc.destroy();
      continue;
    }
    const unit = await ctx.rooms.withRoom(unitRef, (room) => ({ state: Y.encodeStateAsUpdate(room.doc), title: yDocToUnit(room.doc, item.unitId).title }));
    const versionId = (await ctx.versions.save(unitRef, 'named', label, body.author, unit.state)).id;
    versions.push({ docId: item.unitId, kind: 'unit', versionId, title: unit.title });
  }
  const keptInput = (await ctx.roomInput.list(ref)).filter((input) => input.status === 'kept');
  return await ctx.deliveries.add(ref.workspaceId, ref.docId, session.title, body, versions, keptInput);
}
