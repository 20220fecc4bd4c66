import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { PasteGuard, setPasteGuardHandlers } from '../../editor/pasteGuard.ts';
import { richTextExtensions } from '../../editor/richTextExtensions.ts';
import { TitleEnter } from '../../editor/titleEnter.ts';
import type { UploadTarget } from '../../editor/uploadImage.ts';
import { EditorNotices } from './EditorNotices.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { SlideToolbar } from './SlideToolbar.tsx';
import { useImageUploads } from './useImageUploads.ts';

const IMAGE_TYPES = 'image/png,image/jpeg,image/gif,image/webp';

interface SlideRichTextProps {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: { name: string; color: string };
  readOnly: boolean;
  variant: 'content' | 'notes';
  /** Accessible name of the text box, e.g. "Slide 2". */
  label: string;
  toolbarLabel: string;
  placeholder: string;
  /** Shown in an empty heading (a slide's title); the placeholder otherwise. */
  titlePlaceholder?: string;
  /** Where images go; null where images are not taken (read-only). */
  upload: UploadTarget | null;
  /** Set (to a new number each time) to put the caret in this text, e.g. in a slide just added. */
  focusNonce?: number | null;
  testId: string;
}

/** The awareness `user` to publish: the page's (with its role) updated with this name and colour. */
function caretUser(awareness: Awareness, user: { name: string; color: string }): Record<string, unknown> {
  const current = (awareness.getLocalState() as { user?: Record<string, unknown> } | null)?.user ?? {};
  return { ...current, name: user.name, color: user.color };
}

/** One collaborative rich-text field of a slide (its content or its speaker notes). */
export function SlideRichText(props: SlideRichTextProps) {
  const { fragment, awareness, user, readOnly, variant, label, toolbarLabel, placeholder, titlePlaceholder, upload, focusNonce, testId } = props;
  const { t } = useTranslation();
  const uploads = useImageUploads(upload);
  const [linkOpen, setLinkOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const attributes = {
    class: `pad-editor slide-editor slide-editor--${variant}`,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-readonly': String(readOnly),
    'aria-label': label,
    'data-testid': testId,
  };
  const editor = useEditor(
    {
      editable: !readOnly,
      extensions: [
        ...richTextExtensions(),
        Collaboration.configure({ fragment }),
        // The caret plugin only needs `awareness` from a provider.
        CollaborationCaret.configure({ provider: { awareness }, user: caretUser(awareness, user) }),
        // A slide's title heading asks for a title; the rest of the text, for its content.
        Placeholder.configure({ placeholder: ({ node }) => (node.type.name === 'heading' ? titlePlaceholder ?? placeholder : placeholder) }),
        PasteGuard,
        TitleEnter,
      ],
      editorProps: { attributes },
    },
    [fragment, awareness],
  );
  const { upload: uploadFiles, addNotice } = uploads;
  useEffect(() => {
    setPasteGuardHandlers(editor, {
      onFiles: readOnly ? null : (files, position) => void uploadFiles(editor, files, position),
      onNotice: addNotice,
    });
  }, [editor, readOnly, uploadFiles, addNotice]);

  // ProseMirror re-applies its attribute props on every update, so changes go through the options.
  const attributesKey = JSON.stringify(attributes);
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: JSON.parse(attributesKey) as Record<string, string> } });
  }, [editor, attributesKey]);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  const { name, color } = user;
  useEffect(() => {
    if (!editor.isDestroyed) editor.commands.updateUser(caretUser(awareness, { name, color }));
  }, [editor, awareness, name, color]);

  useEffect(() => {
    // A new slide's caret goes to its empty title; a slide with text, after its last word.
    if (focusNonce != null) editor.commands.focus(editor.state.doc.textContent === '' ? 'start' : 'end');
  }, [editor, focusNonce]);

  const currentHref = () => (editor.getAttributes('link') as { href?: string }).href ?? '';

  return (
    <div className={`pad slide-field slide-field--${variant} ${readOnly ? 'pad--read-only' : ''}`}>
      {!readOnly && (
        <SlideToolbar
          editor={editor}
          variant={variant}
          label={toolbarLabel}
          onLink={() => setLinkOpen(true)}
          onPickImage={() => fileInput.current?.click()}
        />
      )}
      <EditorContent editor={editor} />
      {!readOnly && upload && variant === 'content' && (
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES}
          multiple
          hidden
          data-testid={`${testId}-image-input`}
          aria-label={t('slides.toolbar.image')}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) void uploads.upload(editor, files, null);
          }}
        />
      )}
      <EditorNotices notices={uploads.notices} uploading={uploads.uploading} onDismiss={uploads.dismiss} />
      {linkOpen && (
        <LinkDialog
          initialHref={currentHref()}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
          onSave={(href) => {
            setLinkOpen(false);
            const chain = editor.chain().focus().extendMarkRange('link');
            if (href === null) chain.unsetLink().run();
            else if (editor.state.selection.empty && !editor.isActive('link')) {
              chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
            } else chain.setLink({ href }).run();
          }}
        />
      )}
    </div>
  );
}
