import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** What every part of a unit's or a session's editor needs: the doc, who is here, and how to change it. */
export interface DocEditorContextValue {
  doc: Y.Doc;
  awareness: Awareness;
  /** The origin of this person's changes: the undo manager tracks it, and only it. */
  origin: object;
  editable: boolean;
  /** May comment (edit and comment links): a comment link selects words in fields it cannot edit. */
  canComment: boolean;
  /** Makes one change of this person's, in one transaction, undone on its own. */
  change: (edit: () => void) => void;
  /** Tells the others which field this person is in (null: none). */
  setField: (field: string | null) => void;
}

export const DocEditorContext = createContext<DocEditorContextValue | null>(null);

/** The open doc's editing context; only valid inside <DocPage>. */
export function useDocEditor(): DocEditorContextValue {
  const value = useContext(DocEditorContext);
  if (!value) throw new Error('useDocEditor must be used inside <DocPage>');
  return value;
}
