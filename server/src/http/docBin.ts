import { CLOSE_CODES, commentsDocId, presenceDocId } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';
import type { DocKind } from '../storage/DocRegistry.ts';
import { ApiError } from './ApiError.ts';

const NAMES: Record<Exclude<DocKind, 'doc'>, string> = { unit: 'unit', session: 'session' };

/** A unit or session of the workspace that is not in the bin, or a 404 saying which and why. */
export async function requireLiveDoc(ctx: MingaContext, ref: DocRef, kind: 'unit' | 'session'): Promise<void> {
  const entry = await ctx.registry.get(ref);
  if (!entry || entry.kind !== kind) throw new ApiError('not_found', `No ${NAMES[kind]} has this id in this workspace.`);
  if (entry.deletedAt) throw new ApiError('not_found', `This ${NAMES[kind]} is in the bin: restore it to open it.`);
}

/** Moves a live doc to the bin and closes its sockets (4410); returns when it happened. */
export async function moveToBin(ctx: MingaContext, ref: DocRef, kind: 'unit' | 'session'): Promise<string> {
  await requireLiveDoc(ctx, ref, kind);
  const deletedAt = new Date().toISOString();
  await ctx.registry.setDeleted(ref, deletedAt);
  await ctx.rooms.closeDocConnections(ref, CLOSE_CODES.docDeleted, 'moved to the bin');
  await ctx.rooms.closeDocConnections({ ...ref, docId: commentsDocId(ref.docId) }, CLOSE_CODES.docDeleted, 'moved to the bin');
  ctx.cluster?.announce({ type: 'bin', ...ref });
  // Phones following it are told too (their presence doc is the only doc they hold).
  await ctx.rooms.closeDocConnections({ ...ref, docId: presenceDocId(ref.docId) }, CLOSE_CODES.docDeleted, 'moved to the bin');
  return deletedAt;
}

/** Takes a doc out of the bin; 404 if there is no such doc, 409 if it is not in the bin. */
export async function takeOutOfBin(ctx: MingaContext, ref: DocRef, kind: 'unit' | 'session'): Promise<void> {
  const entry = await ctx.registry.get(ref);
  if (!entry || entry.kind !== kind) throw new ApiError('not_found', `No ${NAMES[kind]} has this id in this workspace.`);
  if (!entry.deletedAt) throw new ApiError('conflict', `This ${NAMES[kind]} is not in the bin.`);
  await ctx.registry.setDeleted(ref, null);
}
