import { slideLayoutBlocks, type SlideLayout } from '@minga/schema';
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SlideToolbarProps {
  editor: Editor;
  /** Slides get headings, tables and images; speaker notes the text formats only. */
  variant: 'content' | 'notes';
  onLink: () => void;
  onPickImage: () => void;
  /** Opens a thread on the selected words; null where this person may not comment. */
  onComment: (() => void) | null;
  label: string;
}

interface ToolButton {
  id: string;
  label: string;
  text: ReactNode;
  pressed?: boolean;
  run: () => void;
}

// Drawn, not typed: a visible "1." would have to be part of the button's name.
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

// Written out, so the catalogs' check finds every key.
const LAYOUT_KEYS = {
  titleText: ['slides.layouts.titleText', 'slides.layouts.titleTextShort'],
  twoColumns: ['slides.layouts.twoColumns', 'slides.layouts.twoColumnsShort'],
  titleImage: ['slides.layouts.titleImage', 'slides.layouts.titleImageShort'],
  section: ['slides.layouts.section', 'slides.layouts.sectionShort'],
} as const;

/** True while a slide holds no text, image, table or rule: a layout may replace it whole. */
function isBlank(editor: Editor): boolean {
  let blank = true;
  editor.state.doc.descendants((node) => {
    if (node.isText || node.isAtom || node.type.name === 'table') blank = false;
    return blank;
  });
  return blank;
}

/**
 * Starts a slide (or, when it has content already, its end) with a layout's blocks and puts the
 * caret in the layout's first block: its title.
 */
function applyLayout(editor: Editor, layout: SlideLayout): void {
  const blocks = slideLayoutBlocks(layout);
  if (isBlank(editor)) {
    // Two commands: the caret is placed in the new content once it is there.
    editor.commands.setContent({ type: 'doc', content: blocks });
    editor.commands.focus('start');
  } else {
    const end = editor.state.doc.content.size;
    editor.chain().focus().insertContentAt(end, blocks).setTextSelection(end + 1).run();
  }
}

/** Formatting for one slide or its notes; each toggle shows whether it is on at the caret. */
export function SlideToolbar({ editor, variant, onLink, onPickImage, onComment, label }: SlideToolbarProps) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      h1: current.isActive('heading', { level: 1 }),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      table: current.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();

  const headings: ToolButton[] = variant === 'content'
    ? ([1, 2, 3] as const).map((level) => ({
      id: `h${level}`,
      label: t('slides.toolbar.heading', { level }),
      text: `H${level}`,
      pressed: active[`h${level}`],
      run: () => chain().toggleHeading({ level }).run(),
    }))
    : [];
  const text: ToolButton[] = [
    { id: 'bold', label: t('toolbar.bold'), text: 'B', pressed: active.bold, run: () => chain().toggleBold().run() },
    { id: 'italic', label: t('toolbar.italic'), text: 'I', pressed: active.italic, run: () => chain().toggleItalic().run() },
    { id: 'bulletList', label: t('toolbar.bulletList'), text: listIcon(false), pressed: active.bulletList, run: () => chain().toggleBulletList().run() },
    { id: 'orderedList', label: t('toolbar.orderedList'), text: listIcon(true), pressed: active.orderedList, run: () => chain().toggleOrderedList().run() },
    { id: 'blockquote', label: t('slides.toolbar.quote'), text: '“”', pressed: active.blockquote, run: () => chain().toggleBlockquote().run() },
    { id: 'link', label: active.link ? t('slides.toolbar.editLink') : t('slides.toolbar.link'), text: t('slides.toolbar.linkShort'), pressed: active.link, run: onLink },
  ];
  const blocks: ToolButton[] = variant === 'content'
    ? [
      { id: 'table', label: t('slides.toolbar.table'), text: t('slides.toolbar.tableShort'), run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
      { id: 'image', label: t('slides.toolbar.image'), text: t('slides.toolbar.imageShort'), run: onPickImage },
    ]
    : [];
  const layout = (id: SlideLayout, then?: () => void): ToolButton => ({
    id: `layout-${id}`,
    // The spoken name starts with the words shown on the button (WCAG 2.5.3), then says more.
    label: `${t(LAYOUT_KEYS[id][1])} · ${t(LAYOUT_KEYS[id][0])}`,
    text: t(LAYOUT_KEYS[id][1]),
    run: () => {
      applyLayout(editor, id);
      then?.();
    },
  });
  // Title and image: the title first, then the body's paragraph takes the picked image.
  const pickImageBelowTitle = () => {
    editor.commands.setTextSelection(editor.state.doc.resolve(Math.min(editor.state.doc.content.size, editor.state.selection.from + 2)).pos);
    onPickImage();
  };
  const layouts: ToolButton[] = variant === 'content'
    ? [layout('titleText'), layout('twoColumns'), layout('titleImage', pickImageBelowTitle), layout('section')]
    : [];
  const table: ToolButton[] = active.table
    ? [
      { id: 'addRow', label: t('slides.toolbar.addRow'), text: t('slides.toolbar.addRowShort'), run: () => chain().addRowAfter().run() },
      { id: 'addColumn', label: t('slides.toolbar.addColumn'), text: t('slides.toolbar.addColumnShort'), run: () => chain().addColumnAfter().run() },
      { id: 'deleteRow', label: t('slides.toolbar.deleteRow'), text: t('slides.toolbar.deleteRowShort'), run: () => chain().deleteRow().run() },
      { id: 'deleteColumn', label: t('slides.toolbar.deleteColumn'), text: t('slides.toolbar.deleteColumnShort'), run: () => chain().deleteColumn().run() },
      { id: 'deleteTable', label: t('slides.toolbar.deleteTable'), text: t('slides.toolbar.deleteTableShort'), run: () => chain().deleteTable().run() },
    ]
    : [];

  return (
    <div className="pad-toolbar slide-toolbar" role="toolbar" aria-label={label}>
      {[headings, text, blocks, table, layouts].filter((group) => group.length > 0).map((group) => (
        <div className="slide-toolbar__group" key={group[0]!.id}>
          {group.map((button) => (
            <button
              key={button.id}
              type="button"
              className={`pad-toolbar__button pad-toolbar__button--${button.id}`}
              aria-label={button.label}
              title={button.label}
              aria-pressed={button.pressed}
              data-testid={`toolbar-${button.id}`}
              onClick={button.run}
            >
              <span aria-hidden="true">{button.text}</span>
            </button>
          ))}
        </div>
      ))}
      {onComment && (
        <div className="slide-toolbar__group">
          <CommentButton onClick={onComment} />
        </div>
      )}
    </div>
  );
}

/** Opens a thread on the selected words (Ctrl+Alt+M does too). */
export function CommentButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  const label = t('comments.range.button');
  return (
    <button
      type="button"
      className="pad-toolbar__button pad-toolbar__button--comment"
      aria-label={label}
      aria-keyshortcuts="Control+Alt+M"
      title={`${label} (Ctrl+Alt+M)`}
      data-testid="toolbar-comment"
      // Keeps the selection in the text: the click must not move the focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{t('comments.range.buttonShort')}</span>
    </button>
  );
}
