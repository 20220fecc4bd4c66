import type { BlockNode, InlineNode, ListItemNode, RichTextDoc, Slide, TableCellNode, TableRowNode, TextNode } from '@minga/schema';

/**
 * Small builders for the demo's Tiptap JSON, so its content reads like the slides it makes.
 * They only produce node and mark types of the schema's allow-list (packages/schema/src/richText.ts).
 */

/** A run of text: a plain string or a marked text node. */
export type Inline = string | InlineNode;

function inline(parts: readonly Inline[]): InlineNode[] {
  return parts.map((part) => (typeof part === 'string' ? { type: 'text', text: part } : part));
}

/** The root of a rich text field. */
export function doc(...content: BlockNode[]): RichTextDoc {
  return { type: 'doc', content };
}

/** A heading of level 1 (slide title) to 3. */
export function heading(level: 1 | 2 | 3, text: string): BlockNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

/** A paragraph of plain and marked runs. */
export function para(...parts: Inline[]): BlockNode {
  return { type: 'paragraph', content: inline(parts) };
}

/** Bold text. */
export function bold(text: string): TextNode {
  return { type: 'text', text, marks: [{ type: 'bold' }] };
}

/** Italic text. */
export function italic(text: string): TextNode {
  return { type: 'text', text, marks: [{ type: 'italic' }] };
}

/** A link that opens in a new tab, as the editor writes one. */
export function link(text: string, href: string): TextNode {
  return { type: 'text', text, marks: [{ type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow' } }] };
}

function listItem(item: Inline | readonly Inline[]): ListItemNode {
  const parts = Array.isArray(item) ? (item as readonly Inline[]) : [item as Inline];
  return { type: 'listItem', content: [para(...parts)] };
}

/** A bullet list: each item a string or the runs of one paragraph. */
export function bullets(...items: (Inline | readonly Inline[])[]): BlockNode {
  return { type: 'bulletList', content: items.map(listItem) };
}

/** A numbered list: each item a string or the runs of one paragraph. */
export function numbered(...items: (Inline | readonly Inline[])[]): BlockNode {
  return { type: 'orderedList', content: items.map(listItem) };
}

/** A quotation of one paragraph. */
export function quote(...parts: Inline[]): BlockNode {
  return { type: 'blockquote', content: [para(...parts)] };
}

/** A table with a header row and body rows of plain text cells. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): BlockNode {
  const cell = (type: TableCellNode['type'], text: string): TableCellNode => ({ type, content: [para(text)] });
  const row = (type: TableCellNode['type'], cells: readonly string[]): TableRowNode => ({
    type: 'tableRow',
    content: cells.map((text) => cell(type, text)),
  });
  return { type: 'table', content: [row('tableHeader', header), ...rows.map((cells) => row('tableCell', cells))] };
}

/** Speaker notes: one paragraph per string. */
export function notes(...paragraphs: string[]): RichTextDoc {
  return doc(...paragraphs.map((text) => para(text)));
}

/** A visible slide with its speaker notes, linked to the sequence step it belongs to. */
export function slide(id: string, content: RichTextDoc, speakerNotes: RichTextDoc, stepId: string): Slide {
  return { id, content, notes: speakerNotes, hidden: false, stepId };
}
