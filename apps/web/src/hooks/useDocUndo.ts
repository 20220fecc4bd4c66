import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { UndoController, type UndoState } from '../lib/UndoController.ts';

export interface DocUndo extends UndoState {
  undo: () => void;
  redo: () => void;
  /** Closes the current undo step: the next change is undone on its own. */
  stopCapturing: () => void;
}

/** Rich-text editors (Tiptap) and inputs not bound to the doc keep their own undo. */
function hasOwnUndo(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[contenteditable="true"], .ProseMirror, [data-native-undo]') !== null;
}

/**
 * Per-person undo and redo of a unit's or a session's structured fields and plain text fields, with
 * Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y anywhere outside a rich-text editor. The browser's own
 * undo of an input is replaced: it would restore a stale copy over the others' typing.
 */
export function useDocUndo(
  doc: Y.Doc,
  origin: unknown,
  enabled: boolean,
  /** The shared types undone, a stable function (the session composer passes sessionSharedTypes). */
  scope?: (doc: Y.Doc) => Y.AbstractType<unknown>[],
): DocUndo {
  const controller = useMemo(() => new UndoController(doc, origin, scope), [doc, origin, scope]);
  useEffect(() => {
    if (!enabled) return;
    controller.start();
    return () => controller.stop();
  }, [controller, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || hasOwnUndo(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) controller.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) controller.redo();
      else return;
      event.preventDefault();
    };
    // Undo from a context menu or a phone's shake arrives as beforeinput.
    const onBeforeInput = (event: InputEvent) => {
      if (hasOwnUndo(event.target)) return;
      if (event.inputType === 'historyUndo') controller.undo();
      else if (event.inputType === 'historyRedo') controller.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeinput', onBeforeInput);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeinput', onBeforeInput);
    };
  }, [controller, enabled]);

  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  return { ...state, undo: controller.undo, redo: controller.redo, stopCapturing: controller.stopCapturing };
}
