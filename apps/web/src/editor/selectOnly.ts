import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * A text people may select in with the keyboard but never change (a comment link: select words,
 * comment on them). Browsers give no caret to a text that is not editable, so the text stays
 * editable for the browser while every change of its own is refused: typing, deleting, pasting
 * and dropping do nothing; the others' changes (from Yjs) still come in. The server drops a
 * comment key's document updates anyway: this keeps the page from showing changes it would lose.
 */
export const SelectOnly = Extension.create<Record<string, never>, { on: boolean }>({
  name: 'selectOnly',
  addStorage() {
    return { on: false };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    const refuse = (_view: unknown, event: Event) => {
      if (!storage.on) return false;
      event.preventDefault();
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey('selectOnly'),
        filterTransaction: (tr) => !storage.on || !tr.docChanged || (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true,
        props: {
          handleDOMEvents: { beforeinput: refuse, paste: refuse, cut: refuse, drop: refuse, dragstart: refuse },
        },
      }),
    ];
  },
});

function storageOf(editor: Editor): { on: boolean } {
  return (editor.storage as unknown as Record<string, { on: boolean }>).selectOnly!;
}

/** Whether this editor's text may be selected in but not changed. */
export function isSelectOnly(editor: Editor): boolean {
  return storageOf(editor).on;
}

/** Editable, select-only, or neither (read-only: no caret). */
export function setEditableOrSelectOnly(editor: Editor, editable: boolean, selectOnly: boolean): void {
  if (editor.isDestroyed) return;
  // Changes are refused before the text becomes editable for the browser.
  storageOf(editor).on = !editable && selectOnly;
  editor.setEditable(editable || selectOnly);
}
