import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

// List icons are drawn, not typed: a visible "1." would have to be part of the button's name.
const listIcon = (numbered: boolean): ReactNode => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    {numbered ? (
      <path d="M1.5 2.5h1v3M1 5.5h2M1 9h2l-2 2.5h2" fill="none" stroke="currentColor" strokeWidth="1" />
    ) : (
      <>
        <circle cx="2" cy="4" r="1.2" fill="currentColor" />
        <circle cx="2" cy="10" r="1.2" fill="currentColor" />
      </>
    )}
    <path d="M5.5 4h9M5.5 10h9" stroke="currentColor" strokeWidth="1.6" />
  </svg>
);

interface PadToolbarProps {
  editor: Editor;
}

/** Formatting buttons for the pad; each shows whether its format is on at the caret. */
export function PadToolbar({ editor }: PadToolbarProps) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
    }),
  });

  const buttons = [
    { id: 'bold', label: t('toolbar.bold'), text: 'B', pressed: active.bold, run: () => editor.chain().focus().toggleBold().run() },
    { id: 'italic', label: t('toolbar.italic'), text: 'I', pressed: active.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { id: 'heading', label: t('toolbar.heading'), text: 'H', pressed: active.heading, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { id: 'bulletList', label: t('toolbar.bulletList'), text: listIcon(false), pressed: active.bulletList, run: () => editor.chain().focus().toggleBulletList().run() },
    { id: 'orderedList', label: t('toolbar.orderedList'), text: listIcon(true), pressed: active.orderedList, run: () => editor.chain().focus().toggleOrderedList().run() },
  ];

  return (
    <div className="pad-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {buttons.map((button) => (
        <button
          key={button.id}
          type="button"
          className={`pad-toolbar__button pad-toolbar__button--${button.id}`}
          aria-label={button.label}
          title={button.label}
          aria-pressed={button.pressed}
          onClick={button.run}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
    </div>
  );
}
