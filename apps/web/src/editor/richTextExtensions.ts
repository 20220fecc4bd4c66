import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { SafeCodeBlock } from './safeCodeBlock.ts';
import { SafeImage } from './safeImage.ts';
import { SafeLink } from './safeLink.ts';
import { SafeOrderedList } from './safeOrderedList.ts';
import { tableExtensions } from './safeTable.ts';

/**
 * The rich-text schema of slides and speaker notes: exactly the nodes and marks of the JSON
 * form's allow-list (RICH_TEXT_NODE_TYPES and RICH_TEXT_MARK_TYPES in @minga/schema), so the
 * editor can never hold what the JSON form refuses. No collaboration, paste or DOM concerns
 * here: this list is meant to move to a `packages/editor` the server can load too.
 */
export function richTextExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the history, per person: the editor's own undo would undo the others' edits.
      undoRedo: false,
      // Not in the allow-list, or replaced below by a version that checks its attributes.
      underline: false,
      link: false,
      orderedList: false,
      codeBlock: false,
      heading: { levels: [1, 2, 3] },
      // No paragraph added after a closing table or list: opening a slide must not change it (nor
      // credit the reader). The gap cursor still lets people type after a table at the end.
      trailingNode: false,
    }),
    SafeLink,
    SafeOrderedList,
    SafeCodeBlock,
    SafeImage,
    ...tableExtensions,
  ];
}
