import type { CommentedTextTarget } from '@minga/doc-model';
import { useId, type CSSProperties, type FormEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { useYTextInput } from '../../hooks/useYTextInput.ts';
import { commentTargetAttributes } from '../comments/commentedInputs.ts';
import { FieldPresence } from './FieldPresence.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import './fields.css';

interface TextFieldProps {
  /** The Y.Text edited live. */
  text: Y.Text | null;
  /** The awareness name of the field (`title`, `description`…), for the others' name tags. */
  field: string;
  label: string;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  testId?: string;
  /** Shown under the field (a line count, a warning), announced with it. */
  footer?: ReactNode;
  labelHidden?: boolean;
  /** False inside a row that tracks focus and shows the name tags for all its inputs. */
  presence?: boolean;
  autoFocus?: boolean;
  /** What words selected here are commented on, when `field` does not say it (a list item's text). */
  commentOn?: CommentedTextTarget;
}

const refuseInput = (event: FormEvent) => event.preventDefault();

/** A labelled input or textarea that several people type in at once. */
export function TextField({ text, field, label, hint, multiline, rows = 3, maxLength, placeholder, testId, footer, labelHidden, presence = true, autoFocus, commentOn }: TextFieldProps) {
  const id = useId();
  const { origin, editable, canComment } = useDocEditor();
  // Chromium gives a read-only input no keyboard selection: a comment link's fields stay
  // editable for the browser, with every input refused (and bindTextInput writes none).
  const selectOnly = !editable && canComment;
  const focus = useFieldFocus(field);
  const bindInput = useYTextInput<HTMLInputElement>(text, origin);
  const bindArea = useYTextInput<HTMLTextAreaElement>(text, origin);
  const describedBy = [hint ? `${id}-hint` : '', footer ? `${id}-footer` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    readOnly: !editable && !selectOnly,
    'aria-readonly': selectOnly || undefined,
    onBeforeInput: selectOnly ? refuseInput : undefined,
    maxLength,
    placeholder,
    autoFocus,
    'aria-describedby': describedBy,
    'data-testid': testId,
    // Where words selected here are commented on (comments/FieldRangeComments).
    ...(commentOn ? commentTargetAttributes(commentOn) : { 'data-comment-field': field }),
    ...(presence ? focus : {}),
  };
  return (
    <div className="field unit-field">
      <div className="unit-field__label">
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>{label}</label>
        {presence && <FieldPresence field={field} />}
      </div>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {multiline ? <textarea ref={bindArea} rows={rows} style={{ '--rows': rows } as CSSProperties} {...common} /> : <input ref={bindInput} type="text" {...common} />}
      {footer && <div id={`${id}-footer`}>{footer}</div>}
    </div>
  );
}
