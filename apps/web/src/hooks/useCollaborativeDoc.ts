import { sessionSharedTypes, unitSharedTypes } from '@minga/doc-model';
import type { WorkspaceInfo } from '@minga/schema';
import { useCallback, useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocEditorContextValue } from '../components/doc/DocEditorContext.ts';
import type { Identity } from '../lib/identity.ts';
import type { SyncSession, SyncState } from '../lib/SyncSession.ts';
import { useDocUndo, type DocUndo } from './useDocUndo.ts';
import { FIELD_AWARENESS_KEY } from './useFieldOccupants.ts';
import { usePresence, type PresentPerson } from './usePresence.ts';
import { useSyncedDoc } from './useSyncedDoc.ts';

/** The documents people edit together on a page of their own. */
export type EditableDocKind = 'unit' | 'session';

/** The shared types each kind's undo covers (stable functions: the undo manager is made once per doc). */
const UNDO_SCOPES = { unit: unitSharedTypes, session: sessionSharedTypes };

export interface CollaborativeDocOptions {
  kind: EditableDocKind;
  info: WorkspaceInfo;
  docId: string;
  accessKey: string;
  identity: Identity;
}

export interface CollaborativeDoc {
  session: SyncSession;
  state: SyncState;
  doc: Y.Doc;
  awareness: Awareness;
  /** Who has the doc open now, this person included. */
  people: PresentPerson[];
  /** An edit key whose sync the server did not refuse. */
  editable: boolean;
  /** A comment link writes threads, proposals and approvals (the comments doc), never the doc itself. */
  canComment: boolean;
  /** The doc as the server has it, or this device's copy when the server cannot be reached. */
  loaded: boolean;
  /** This person's undo and redo, and only theirs. */
  undo: DocUndo;
  /** What the doc's field components read from DocEditorContext. */
  editor: DocEditorContextValue;
}

/**
 * A unit or a session opened for editing together: synced with the server (and this device),
 * who is here and in which field, this person's own undo, what their key lets them do, and how
 * their changes are made (one transaction each, with their origin).
 */
export function useCollaborativeDoc({ kind, info, docId, accessKey, identity }: CollaborativeDocOptions): CollaborativeDoc {
  const { session, state } = useSyncedDoc(info.id, docId, accessKey, kind);
  const { doc, awareness } = session;
  const people = usePresence(awareness);
  const role = info.role;
  const refused = state.status === 'refused';
  const editable = role === 'edit' && !refused;
  const canComment = (role === 'edit' || role === 'comment') && !refused;
  const loaded = state.status === 'connected' || (state.localLoaded && state.status !== 'connecting');
  const { name, color } = identity;

  useEffect(() => {
    session.setUser({ name, color, role });
  }, [session, name, color, role]);

  // One origin per open doc: this person's changes, which their undo tracks and no one else's.
  const origin = useMemo(() => ({ session }), [session]);
  const undo = useDocUndo(doc, origin, editable, UNDO_SCOPES[kind]);
  const { stopCapturing } = undo;
  const change = useCallback(
    (edit: () => void) => {
      stopCapturing();
      doc.transact(edit, origin);
      stopCapturing();
    },
    [doc, origin, stopCapturing],
  );
  const setField = useCallback(
    (field: string | null) => awareness.setLocalStateField(FIELD_AWARENESS_KEY, field),
    [awareness],
  );
  const editor = useMemo<DocEditorContextValue>(
    () => ({ doc, awareness, origin, editable, canComment, change, setField }),
    [doc, awareness, origin, editable, canComment, change, setField],
  );

  return { session, state, doc, awareness, people, editable, canComment, loaded, undo, editor };
}
