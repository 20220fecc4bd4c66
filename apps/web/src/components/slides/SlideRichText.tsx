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
import { onShowThread, onShowThreadRange, showThread } from '../comments/threadNavigation.ts';
import { CommentRangeKeys, CommentRanges, commentRangesStorage, selectionRange, setActiveCommentRange, showCommentRanges, threadAt, threadRange, type CommentHighlight } from '../../editor/commentRanges.ts';
import { isSelectOnly, SelectOnly, setEditableOrSelectOnly } from '../../editor/selectOnly.ts';
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
  const onComment = comments?.onComment ?? null;
  // A comment link reads the text and selects words in it with the keyboard, but edits nothing.
  const selectOnly = readOnly && onComment !== null;

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
        // Nothing to ask of someone who may not write.
        Placeholder.configure({ placeholder: ({ editor: shown, node }) => (isSelectOnly(shown) ? '' : node.type.name === 'heading' ? titlePlaceholder ?? placeholder : placeholder) }),
        // After Collaboration: the highlights read its Yjs binding.
        CommentRanges,
        CommentRangeKeys,
        SelectOnly,
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
    setEditableOrSelectOnly(editor, !readOnly, selectOnly);
  }, [editor, readOnly, selectOnly]);

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

  // From the highlighted words to their thread in the side panel, and back (threadNavigation).
  useEffect(() => {
    const storage = commentRangesStorage(editor);
    storage.enterOpens = selectOnly;
    storage.onOpen = (threadId, from) => showThread(threadId, from === 'keyboard');
    return () => {
      storage.onOpen = null;
    };
  }, [editor, selectOnly]);
  useEffect(() => onShowThread((threadId) => setActiveCommentRange(editor, threadId)), [editor]);
  useEffect(() => onShowThreadRange((threadId) => {
    const at = threadRange(editor, threadId);
    if (!at) return false;
    setActiveCommentRange(editor, threadId);
    if (editor.isEditable) editor.chain().focus().setTextSelection(at).scrollIntoView().run();
    else (editor.view.domAtPos(at.from).node as Element).parentElement?.scrollIntoView({ block: 'center' });
    setCommentNotice(t('comments.goTo.selected', { quote: editor.state.doc.textBetween(at.from, at.to, ' ') }));
    return true;
  }), [editor, t]);
  // Says so when the caret comes onto commented words, and how to reach their thread.
  const caretThread = useRef<string | null>(null);
  useEffect(() => {
    const onSelection = () => {
      const { selection } = editor.state;
      const threadId = selection.empty && editor.isFocused ? threadAt(editor.state, selection.from) : null;
      if (threadId && threadId !== caretThread.current) setCommentNotice(t(isSelectOnly(editor) ? 'comments.goTo.hintEnter' : 'comments.goTo.hint'));
      caretThread.current = threadId;
    };
    editor.on('selectionUpdate', onSelection);
    return () => {
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, t]);

  const startComment = onComment
    ? () => {
      const selected = selectionRange(editor);
      if (selected.ok) {
        setCommentNotice('');
        setCommenting(selected.range);
      } else setCommentNotice(t('comments.range.selectFirst'));
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
      {comments && <p className="hint slide-field__comment-notice" role="status" data-testid={`${testId}-comment-notice`}>{commentNotice}</p>}
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
