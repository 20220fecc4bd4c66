import type * as Y from 'yjs';
import type { CommentAnchor } from '@minga/schema';
import { syncText } from './syncText.ts';
import { unitText } from './unitLayout.ts';
import { insertItem, updateItem } from './unitOps.ts';

/**
 * Applies an accepted proposal to a unit as a normal change, and credits its author as a
 * contributor (once). Plain-text fields only: title, description, an objective, a step's title, a
 * next step. False when the anchor is not one of those or its item is gone; nothing is written then.
 */
export function applyProposal(doc: Y.Doc, anchor: CommentAnchor, text: string, proposer: string): boolean {
  let applied = false;
  doc.transact(() => {
    applied = write(doc, anchor, text);
    if (applied) insertItem(doc, 'contributors', { name: proposer.trim() });
  });
  return applied;
}

function write(doc: Y.Doc, anchor: CommentAnchor, text: string): boolean {
  switch (anchor.field) {
    case 'title':
      syncText(unitText(doc, 'title'), text.replace(/[\r\n]+/g, ' '));
      return true;
    case 'description':
      syncText(unitText(doc, 'description'), text);
      return true;
    case 'objectives':
      return anchor.itemId !== undefined && updateItem(doc, 'objectives', anchor.itemId, { text });
    case 'steps':
      return anchor.itemId !== undefined && updateItem(doc, 'steps', anchor.itemId, { title: text.replace(/[\r\n]+/g, ' ') });
    case 'nextSteps':
      return anchor.itemId !== undefined && updateItem(doc, 'nextSteps', anchor.itemId, { text: text.replace(/[\r\n]+/g, ' ') });
    default:
      return false;
  }
}
