import type { Editor } from '@tiptap/core';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

interface YSyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<unknown, unknown> } | null;
}

function syncState(editor: Editor): YSyncState | null {
  const state = ySyncPluginKey.getState(editor.state) as YSyncState | undefined;
  return state?.binding ? state : null;
}

/**
 * Remembers a place in a collaborative editor while an upload runs. Others keep typing, and
 * remote changes rebuild the ProseMirror document, so a plain number would drift: the place is
 * kept as a Yjs relative position. The returned function gives where it is now (the end of the
 * document when the text around it was deleted).
 */
export function bookmarkPosition(editor: Editor, position: number): () => number {
  const start = syncState(editor);
  if (!start) return () => Math.min(position, editor.state.doc.content.size);
  const relative: unknown = absolutePositionToRelativePosition(position, start.type, start.binding!.mapping as never);
  return () => {
    const now = syncState(editor);
    const absolute = now ? relativePositionToAbsolutePosition(now.doc, now.type, relative, now.binding!.mapping as never) : null;
    return Math.min(absolute ?? editor.state.doc.content.size, editor.state.doc.content.size);
  };
}
