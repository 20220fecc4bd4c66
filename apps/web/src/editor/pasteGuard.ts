import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { MAX_PASTE_CHARS } from './pasteLimits.ts';
import { sanitizePastedHtml } from './sanitizePastedHtml.ts';

/** What the guard tells the person about a paste or drop it changed or refused. */
export type PasteNotice =
  | { kind: 'pasteTooLarge'; limit: number }
  | { kind: 'imagesDropped'; count: number };

/** Where the guard sends what it does not insert itself. */
export interface PasteGuardHandlers {
  /**
   * Takes the files of a paste or drop (to upload them); `position` is where they were dropped,
   * null for a paste (at the selection). Null: files are refused, as in a read-only editor.
   */
  onFiles: ((files: File[], position: number | null) => void) | null;
  /** Hears about refused pastes and dropped images. */
  onNotice: (notice: PasteNotice) => void;
}

interface PasteGuardStorage {
  handlers: PasteGuardHandlers;
}

declare module '@tiptap/core' {
  interface Storage {
    pasteGuard: PasteGuardStorage;
  }
}

const pasteGuardKey = new PluginKey('mingaPasteGuard');

/** Sets where an editor's guard sends files and notices (they may change while the editor lives). */
export function setPasteGuardHandlers(editor: Editor, handlers: PasteGuardHandlers): void {
  editor.storage.pasteGuard.handlers = handlers;
}

function isOversized(data: DataTransfer | null): boolean {
  if (!data) return false;
  return data.getData('text/html').length > MAX_PASTE_CHARS || data.getData('text/plain').length > MAX_PASTE_CHARS;
}

/**
 * Files to upload from a paste or drop. Office apps put a picture of the copied text beside its
 * HTML: when there is text, the text wins and the picture is ignored.
 */
function filesToUpload(data: DataTransfer | null): File[] {
  if (!data || data.files.length === 0) return [];
  if (data.getData('text/plain').trim() !== '') return [];
  return Array.from(data.files);
}

/**
 * Guards what comes in through the clipboard or a drop: HTML is sanitised (sanitizePastedHtml)
 * before the schema reduces it; pastes over MAX_PASTE_CHARS are refused whole; files go to the
 * `onFiles` handler for upload and are never inlined into the document.
 * Handlers: setPasteGuardHandlers; until then files are refused and notices unheard.
 */
export const PasteGuard = Extension.create<Record<string, never>, PasteGuardStorage>({
  name: 'pasteGuard',

  addStorage() {
    return { handlers: { onFiles: null, onNotice: () => undefined } };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    const handlers = () => editor.storage.pasteGuard.handlers;
    return [
      new Plugin({
        key: pasteGuardKey,
        props: {
          transformPastedHTML(html) {
            if (html.length > MAX_PASTE_CHARS) return '';
            const clean = sanitizePastedHtml(html);
            if (clean.droppedImages > 0) handlers().onNotice({ kind: 'imagesDropped', count: clean.droppedImages });
            return clean.html;
          },
          handlePaste(_view, event) {
            const data = event.clipboardData;
            const files = filesToUpload(data);
            if (files.length > 0) {
              handlers().onFiles?.(files, null);
              return true;
            }
            if (isOversized(data)) {
              handlers().onNotice({ kind: 'pasteTooLarge', limit: MAX_PASTE_CHARS });
              return true;
            }
            return false;
          },
          handleDrop(view, event, _slice, moved) {
            if (moved) return false;
            const data = event.dataTransfer;
            const files = filesToUpload(data);
            if (files.length > 0) {
              const target = view.posAtCoords({ left: event.clientX, top: event.clientY });
              handlers().onFiles?.(files, target?.pos ?? null);
              event.preventDefault();
              return true;
            }
            if (isOversized(data)) {
              handlers().onNotice({ kind: 'pasteTooLarge', limit: MAX_PASTE_CHARS });
              event.preventDefault();
              return true;
            }
            return false;
          },
        },
      }),
    ];
  },
});
