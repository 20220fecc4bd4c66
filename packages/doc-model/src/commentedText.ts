import type { CommentAnchor } from '@minga/schema';
import type * as Y from 'yjs';
import { itemText, UNIT_TEXT_FIELDS, unitText, type UnitListName, type UnitTextField } from './unitLayout.ts';

/** Where words of a unit's plain text can be commented on: a header field, or a text of a list item. */
export type CommentedTextTarget = Pick<CommentAnchor, 'field' | 'itemId' | 'part'>;

/** The text fields of the list items whose words take comments, the first one the default part. */
const ITEM_PARTS = {
  objectives: ['text'],
  steps: ['title', 'notes'],
  nextSteps: ['text'],
} as const satisfies Partial<Record<UnitListName, readonly string[]>>;

type CommentedList = keyof typeof ITEM_PARTS;

const isCommentedList = (field: string): field is CommentedList => Object.hasOwn(ITEM_PARTS, field);

/**
 * The Y.Text of a unit a range comment on `target` lives in (a title, an objective's text, a
 * step's notes…), or null when the item is gone or the target holds no plain text (a slide's
 * rich text is reached through its editor).
 */
export function commentedText(doc: Y.Doc, target: CommentedTextTarget): Y.Text | null {
  if ((UNIT_TEXT_FIELDS as readonly string[]).includes(target.field)) {
    return target.itemId === undefined && target.part === undefined ? unitText(doc, target.field as UnitTextField) : null;
  }
  if (!isCommentedList(target.field) || target.itemId === undefined) return null;
  const parts: readonly string[] = ITEM_PARTS[target.field];
  const part = target.part ?? parts[0]!;
  return parts.includes(part) ? itemText(doc, target.field, target.itemId, part) : null;
}
