import { Extension } from '@tiptap/core';

/**
 * Enter at the end of a title goes on in the empty paragraph right below it (the body a new
 * slide starts with) instead of opening one more: no stray empty line lands in the deck.
 */
export const TitleEnter = Extension.create({
  name: 'titleEnter',
  // Before the core keymap, which would split the heading.
  priority: 1000,
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== 'heading' || $from.parentOffset !== $from.parent.content.size) return false;
        const after = $from.after();
        const next = editor.state.doc.resolve(after).nodeAfter;
        if (!next || next.type.name !== 'paragraph' || next.content.size !== 0) return false;
        return editor.commands.setTextSelection(after + 1);
      },
    };
  },
});
