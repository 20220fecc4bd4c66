import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** What every part of the unit editor needs: the doc, who is here, and how to change it. */
export interface UnitEditorContextValue {
  doc: Y.Doc;
  awareness: Awareness;
  /** The origin of this person's changes: the undo manager tracks it, and only it. */
  origin: object;
  editable: boolean;
  /** Makes one change of this person's, in one transaction, undone on its own. */
  change: (edit: () => void) => void;
  /** Tells the others which field this person is in (null: none). */
  setField: (field: string | null) => void;
}

export const UnitEditorContext = createContext<UnitEditorContextValue | null>(null);

/** The unit editor's context; only valid inside <UnitEditor>. */
export function useUnitEditor(): UnitEditorContextValue {
  const value = useContext(UnitEditorContext);
  if (!value) throw new Error('useUnitEditor must be used inside <UnitEditor>');
  return value;
}
