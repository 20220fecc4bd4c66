import type { Editor } from '@tiptap/core';
import { useCallback, useRef, useState } from 'react';
import { bookmarkPosition } from '../../editor/bookmarkPosition.ts';
import type { PasteNotice } from '../../editor/pasteGuard.ts';
import { ImageUploadError, uploadImage, type UploadFailureReason, type UploadTarget } from '../../editor/uploadImage.ts';

/** A message under an editor about something it refused or could not do. */
export type EditorNotice =
  | PasteNotice
  | { kind: 'uploadFailed'; reason: UploadFailureReason; code: string; serverMessage: string | null; fileName: string };

export interface KeyedNotice {
  key: number;
  notice: EditorNotice;
}

/** Notices kept at once: older ones give way, so a burst of refusals does not bury the editor. */
const MAX_NOTICES = 3;

/**
 * Image uploads into one editor, and the notices about them and about pastes. Images go in
 * where they were dropped or where the caret was, even if others typed meanwhile.
 */
export function useImageUploads(target: UploadTarget | null) {
  const [uploading, setUploading] = useState(0);
  const [notices, setNotices] = useState<KeyedNotice[]>([]);
  const nextKey = useRef(0);

  const addNotice = useCallback((notice: EditorNotice) => {
    nextKey.current += 1;
    const key = nextKey.current;
    setNotices((list) => [...list.slice(-(MAX_NOTICES - 1)), { key, notice }]);
  }, []);

  const dismiss = useCallback((key: number) => {
    setNotices((list) => list.filter((entry) => entry.key !== key));
  }, []);

  const workspaceId = target?.workspaceId;
  const apiKey = target?.apiKey;
  const upload = useCallback(async (editor: Editor, files: File[], position: number | null) => {
    if (workspaceId === undefined || apiKey === undefined) return;
    const place = bookmarkPosition(editor, position ?? editor.state.selection.to);
    for (const file of files) {
      setUploading((count) => count + 1);
      try {
        const image = await uploadImage(file, { workspaceId, apiKey });
        if (!editor.isDestroyed) editor.chain().insertContentAt(place(), { type: 'image', attrs: { src: image.url } }).run();
      } catch (error) {
        const failure = error instanceof ImageUploadError ? error : new ImageUploadError('other', null);
        addNotice({ kind: 'uploadFailed', reason: failure.reason, code: failure.code, serverMessage: failure.serverMessage, fileName: file.name });
      } finally {
        setUploading((count) => count - 1);
      }
    }
  }, [workspaceId, apiKey, addNotice]);

  return { uploading, notices, addNotice, dismiss, upload };
}
