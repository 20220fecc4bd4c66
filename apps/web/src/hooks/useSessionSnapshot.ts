import { sessionSharedTypes, yDocToSession } from '@minga/doc-model';
import type { Session } from '@minga/schema';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

/**
 * The JSON form of a live session document, re-read whenever anyone changes it (the same object
 * while it reads the same). Inputs stay bound to their Y.Text: this feeds timing, coverage and
 * the order of the items, not the fields being typed in.
 */
export function useSessionSnapshot(doc: Y.Doc, sessionId: string): Session {
  const types = useMemo(() => sessionSharedTypes(doc), [doc]);
  const read = useCallback(() => yDocToSession(doc, sessionId), [doc, sessionId]);
  return useDocSnapshot(types, read);
}
