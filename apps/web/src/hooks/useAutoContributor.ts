import { insertItem } from '@minga/doc-model';
import { useEffect } from 'react';
import type * as Y from 'yjs';

/** Origin of the automatic credit, apart from the person's edits so that undo leaves it. */
const CREDIT_ORIGIN = { name: 'minga:auto-credit' };

/**
 * Credits the person as a contributor of the unit the first time they change it (their chosen
 * name; a name already listed is left as it is). Only changes made in this browser count: not
 * the ones received from the server or read back from this device's copy.
 */
export function useAutoContributor(doc: Y.Doc, name: string, enabled: boolean): void {
  useEffect(() => {
    const trimmed = name.trim();
    if (!enabled || trimmed === '') return;
    let credited = false;
    const onTransaction = (transaction: Y.Transaction) => {
      if (credited || !transaction.local || transaction.origin === CREDIT_ORIGIN || transaction.changed.size === 0) return;
      credited = true;
      // Not inside the other transaction's cleanup: right after it.
      queueMicrotask(() => doc.transact(() => insertItem(doc, 'contributors', { name: trimmed }), CREDIT_ORIGIN));
    };
    doc.on('afterTransaction', onTransaction);
    return () => doc.off('afterTransaction', onTransaction);
  }, [doc, name, enabled]);
}
