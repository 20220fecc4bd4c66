import { readApprovals, reviewedBy, unitText, yDocToThreads } from '@minga/doc-model';
import { commentsDocId, type CommentThread, type Unit } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';

/** The comment threads of a unit or session (its comments document, loaded if needed). */
export function readThreads(ctx: MingaContext, ref: DocRef): Promise<CommentThread[]> {
  return ctx.rooms.withRoom({ workspaceId: ref.workspaceId, docId: commentsDocId(ref.docId) }, (room) => yDocToThreads(room.doc));
}

/**
 * Who the credits name as a unit's reviewers ("relu par"): who approved it, and who commented
 * without being a contributor (`reviewedBy`). Names only: exports never carry a comment's text.
 */
export function unitReviewers(ctx: MingaContext, workspaceId: string, unit: Pick<Unit, 'id' | 'contributors'>): Promise<string[]> {
  return ctx.rooms.withRoom({ workspaceId, docId: commentsDocId(unit.id) }, (room) =>
    reviewedBy(yDocToThreads(room.doc), readApprovals(room.doc), unit.contributors));
}

/** The reviewers of every readable unit of a session, by unit id. */
export async function sessionReviewers(ctx: MingaContext, workspaceId: string, units: ReadonlyMap<string, Unit | undefined>): Promise<Map<string, string[]>> {
  const reviewers = new Map<string, string[]>();
  for (const unit of units.values()) if (unit) reviewers.set(unit.id, await unitReviewers(ctx, workspaceId, unit));
  return reviewers;
}

/** The title of a unit or session, as a list of comments names it. */
export async function commentedDocTitle(ctx: MingaContext, ref: DocRef, kind: 'unit' | 'session'): Promise<string> {
  if (kind === 'session') return await ctx.sessionIndex.title(ref);
  return ctx.rooms.withRoom(ref, (room) => unitText(room.doc, 'title').toString());
}
