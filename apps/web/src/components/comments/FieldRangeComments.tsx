import { openThread, textRange, UNIT_TEXT_FIELDS, unitText, type UnitTextField } from '@minga/doc-model';
import type { CommentRange } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { RangeCommentDialog } from './RangeCommentDialog.tsx';

/** The unit's plain-text field an input edits (its `data-comment-field`), or null. */
function fieldOf(element: EventTarget | null): { input: HTMLInputElement | HTMLTextAreaElement; field: UnitTextField } | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  const field = element.dataset.commentField as UnitTextField | undefined;
  return field && UNIT_TEXT_FIELDS.includes(field) ? { input: element, field } : null;
}

/** Ctrl+Alt+M (⌘+Option+M), as in the slides. */
function isCommentShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

interface FieldRangeCommentsProps {
  commentsDoc: Y.Doc;
  me: string;
}

/**
 * Threads on words of the unit's plain-text fields (title, description, context, participants):
 * select words in the field, press Ctrl+Alt+M. Lives with the comments panel (loaded apart), and
 * listens on the page, so the fields themselves carry nothing but their name.
 */
export function FieldRangeComments({ commentsDoc, me }: FieldRangeCommentsProps) {
  const { t } = useTranslation();
  const { doc } = useDocEditor();
  const [pending, setPending] = useState<{ field: UnitTextField; range: CommentRange; input: HTMLElement } | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const found = isCommentShortcut(event) ? fieldOf(event.target) : null;
      if (!found) return;
      event.preventDefault();
      const { input, field } = found;
      const text = unitText(doc, field);
      const start = input.selectionStart ?? 0;
      const end = input.selectionEnd ?? 0;
      if (end <= start || text.toString().slice(start, end).trim() === '') setNotice(t('comments.fieldRange.selectFirst'));
      else {
        setNotice('');
        setPending({ field, range: textRange(text, start, end), input });
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [doc, t]);
  return (
    <>
      <p className="hint">{t('comments.fieldRange.hint')}</p>
      <p className="hint" role="status" data-testid="field-range-notice">{notice}</p>
      {pending && (
        <RangeCommentDialog
          quote={pending.range.quote}
          onClose={() => {
            setPending(null);
            pending.input.focus();
          }}
          onSubmit={(text) => {
            openThread(commentsDoc, { anchor: { field: pending.field, range: pending.range }, author: me, text, now: new Date().toISOString() });
            setNotice(t('comments.range.opened', { quote: pending.range.quote }));
            setPending(null);
            pending.input.focus();
          }}
        />
      )}
    </>
  );
}
