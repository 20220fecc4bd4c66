/** A message's length limit, as the comment schemas have it (a proposed replacement passes its own). */
const MESSAGE_MAX_LENGTH = 4000;

interface CommentTextAreaProps {
  id: string;
  label: string;
  /** Read out but not shown, where the form's place already says what to write (a reply, an edit). */
  labelHidden?: boolean;
  value: string;
  onChange: (text: string) => void;
  rows: number;
  maxLength?: number;
  placeholder?: string;
  autoFocus?: boolean;
  testId?: string;
}

/** A comment's text box and its label: a new thread, its proposal, a reply, an edit, a comment on selected words. */
export function CommentTextArea({ id, label, labelHidden = false, value, onChange, rows, maxLength = MESSAGE_MAX_LENGTH, placeholder, autoFocus, testId }: CommentTextAreaProps) {
  return (
    <>
      <label className={labelHidden ? 'visually-hidden' : undefined} htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        data-native-undo
        data-testid={testId}
        autoFocus={autoFocus}
      />
    </>
  );
}
