import { unitText, yDocToThreads } from '@minga/doc-model';
import { commentsDocId, type CommentThread } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import type { DocRef } from '../storage/DocStore.ts';

/** The comment threads of a unit or session (its comments document, loaded if needed). */
export function readThreads(ctx: MingaContext, ref: DocRef): Promise<CommentThread[]> {
  return ctx.rooms.withRoom({ workspaceId: ref.workspaceId, docId: commentsDocId(ref.docId) }, (room) => yDocToThreads(room.doc));
}

/** The title of a unit or session, as a list of comments names it. */
export async function commentedDocTitle(ctx: MingaContext, ref: DocRef, kind: 'unit' | 'session'): Promise<string> {
  if (kind === 'session') return await ctx.sessionIndex.title(ref);
  return ctx.rooms.withRoom(ref, (room) => unitText(room.doc, 'title').toString());
}
