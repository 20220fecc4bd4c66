import { GENERAL_PAD_FIELD } from '@minga/doc-model';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncSession } from '../lib/SyncSession.ts';
import { PadToolbar } from './PadToolbar.tsx';

interface GeneralPadProps {
  session: SyncSession;
  editable: boolean;
  labelledBy: string;
}

/** The workspace's general pad: one rich-text note that everyone edits live. */
export function GeneralPad({ session, editable, labelledBy }: GeneralPadProps) {
  const { t } = useTranslation();
  const attributes = {
    class: 'pad-editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-readonly': String(!editable),
    'aria-labelledby': labelledBy,
    'data-testid': 'pad-editor',
    'data-placeholder': t('pad.placeholder'),
  };
  const editor = useEditor(
    {
      editable,
      extensions: [
        // Yjs keeps the history, per person: the editor's own undo would undo the others' edits.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: session.doc, field: GENERAL_PAD_FIELD }),
        // The caret reads `awareness`, so the session stands in for the provider.
        CollaborationCaret.configure({ provider: session, user: session.user ?? {} }),
      ],
      editorProps: { attributes },
    },
    [session],
  );

  // ProseMirror re-applies its attribute props on every update, so changes go through the options.
  const attributesKey = JSON.stringify(attributes);
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: JSON.parse(attributesKey) as Record<string, string> } });
  }, [editor, attributesKey]);

  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className={`pad ${editable ? '' : 'pad--read-only'}`}>
      {editable && <PadToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
