import { commentThreadsMap, yDocToThreads } from '@minga/doc-model';
import { commentsDocId, type CommentThread } from '@minga/schema';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../../hooks/useDocSnapshot.ts';
import { useSyncedDoc } from '../../hooks/useSyncedDoc.ts';
import type { SyncState } from '../../lib/SyncSession.ts';

export interface CommentThreads {
  /** The comments document: write threads into it with the doc-model's comment ops. */
  doc: Y.Doc;
  state: SyncState;
  threads: CommentThread[];
}

/** The comment threads of a unit or session, live and kept offline like the doc itself. */
export function useCommentThreads(workspaceId: string, docId: string, key: string): CommentThreads {
  const { session, state } = useSyncedDoc(workspaceId, commentsDocId(docId), key, 'comments');
  const { doc } = session;
  const types = useMemo(() => [commentThreadsMap(doc) as Y.AbstractType<unknown>], [doc]);
  const read = useCallback(() => yDocToThreads(doc), [doc]);
  const threads = useDocSnapshot(types, read);
  return { doc, state, threads };
}
