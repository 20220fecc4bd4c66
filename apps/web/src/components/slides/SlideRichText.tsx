import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import type { CommentRange } from '@minga/schema';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { RangeCommentDialog } from '../comments/RangeCommentDialog.tsx';
import { CommentRanges, selectionRange, showCommentRanges, type CommentHighlight } from '../../editor/commentRanges.ts';
import { PasteGuard, setPasteGuardHandlers } from '../../editor/pasteGuard.ts';
import { richTextExtensions } from '../../editor/richTextExtensions.ts';
import { TitleEnter } from '../../editor/titleEnter.ts';
import type { UploadTarget } from '../../editor/uploadImage.ts';
import { EditorNotices } from './EditorNotices.tsx';
import { LinkDialog } from './LinkDialog.tsx';
import { CommentButton, SlideToolbar } from './SlideToolbar.tsx';
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
  /** Threads on this text's words, and how to open one; absent where there are no comments. */
  comments?: SlideTextComments;
}

/** The comment threads of one rich text of a slide. */
export interface SlideTextComments {
  /** Open threads on ranges of this text. */
  highlights: readonly CommentHighlight[];
  /** Opens a thread on a range with its first message; null for people who may not comment. */
  onComment: ((range: CommentRange, text: string) => void) | null;
}

/** Ctrl+Alt+M (⌘+Option+M), as in the office suites people know: a thread on the selected words. */
function isCommentShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

/** The awareness `user` to publish: the page's (with its role) updated with this name and colour. */
function caretUser(awareness: Awareness, user: { name: string; color: string }): Record<string, unknown> {
  const current = (awareness.getLocalState() as { user?: Record<string, unknown> } | null)?.user ?? {};
  return { ...current, name: user.name, color: user.color };
}

/** One collaborative rich-text field of a slide (its content or its speaker notes). */
export function SlideRichText(props: SlideRichTextProps) {
  const { fragment, awareness, user, readOnly, variant, label, toolbarLabel, placeholder, titlePlaceholder, upload, focusNonce, testId, comments } = props;
  const { t } = useTranslation();
  const uploads = useImageUploads(upload);
  const [linkOpen, setLinkOpen] = useState(false);
  const [commenting, setCommenting] = useState<CommentRange | null>(null);
  const [commentNotice, setCommentNotice] = useState('');
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
        // After Collaboration: the highlights read its Yjs binding.
        CommentRanges,
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

  const highlights = comments?.highlights;
  const highlightsKey = JSON.stringify(highlights ?? []);
  useEffect(() => {
    showCommentRanges(editor, JSON.parse(highlightsKey) as CommentHighlight[]);
  }, [editor, highlightsKey]);

  const onComment = comments?.onComment ?? null;
  const startComment = onComment
    ? () => {
      const selected = selectionRange(editor);
      if (selected.ok) {
        setCommentNotice('');
        setCommenting(selected.range);
      } else setCommentNotice(t(selected.reason === 'empty' ? 'comments.range.selectFirst' : 'comments.range.oneBlock'));
    }
    : null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!startComment || !isCommentShortcut(event)) return;
    event.preventDefault();
    startComment();
  };

  const currentHref = () => (editor.getAttributes('link') as { href?: string }).href ?? '';

  return (
    <div className={`pad slide-field slide-field--${variant} ${readOnly ? 'pad--read-only' : ''}`} onKeyDown={onKeyDown}>
      {!readOnly && (
        <SlideToolbar
          editor={editor}
          variant={variant}
          label={toolbarLabel}
          onLink={() => setLinkOpen(true)}
          onPickImage={() => fileInput.current?.click()}
          onComment={startComment}
        />
      )}
      {readOnly && startComment && (
        <div className="pad-toolbar slide-toolbar" role="toolbar" aria-label={toolbarLabel}>
          <CommentButton onClick={startComment} />
        </div>
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
      {onComment && <p className="hint slide-field__comment-notice" role="status" data-testid={`${testId}-comment-notice`}>{commentNotice}</p>}
      {commenting && onComment && (
        <RangeCommentDialog
          quote={commenting.quote}
          onClose={() => setCommenting(null)}
          onSubmit={(text) => {
            onComment(commenting, text);
            setCommenting(null);
            setCommentNotice(t('comments.range.opened', { quote: commenting.quote }));
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
