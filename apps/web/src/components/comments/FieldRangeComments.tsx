import { commentedText, openThread, textRange, type CommentedTextTarget } from '@minga/doc-model';
import type { CommentRange } from '@minga/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { RangeCommentDialog } from './RangeCommentDialog.tsx';
import { commentTargetOf } from './commentedInputs.ts';

/** Ctrl+Alt+M (⌘+Option+M), as in the slides. */
function isCommentShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

interface FieldRangeCommentsProps {
  commentsDoc: Y.Doc;
  me: string;
}

/**
 * Threads on words of the unit's plain texts (title, description, context, participants, and the
 * texts of objectives, steps and next steps): select words in the field, press Ctrl+Alt+M. Lives
 * with the comments panel (loaded apart), and listens on the page, so the fields themselves
 * carry nothing but what they edit (commentedInputs.ts).
 */
export function FieldRangeComments({ commentsDoc, me }: FieldRangeCommentsProps) {
  const { t } = useTranslation();
  const { doc } = useDocEditor();
  const [pending, setPending] = useState<{ target: CommentedTextTarget; range: CommentRange; input: HTMLElement } | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const found = isCommentShortcut(event) ? commentTargetOf(event.target) : null;
      const text = found ? commentedText(doc, found.target) : null;
      if (!found || !text) return;
      event.preventDefault();
      const { input, target } = found;
      const start = input.selectionStart ?? 0;
      const end = input.selectionEnd ?? 0;
      if (end <= start || text.toString().slice(start, end).trim() === '') setNotice(t('comments.fieldRange.selectFirst'));
      else {
        setNotice('');
        setPending({ target, range: textRange(text, start, end), input });
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
            openThread(commentsDoc, { anchor: { ...pending.target, range: pending.range }, author: me, text, now: new Date().toISOString() });
            setNotice(t('comments.range.opened', { quote: pending.range.quote }));
            setPending(null);
            pending.input.focus();
          }}
        />
      )}
    </>
  );
}
