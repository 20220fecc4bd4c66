import { z } from 'zod';
import { isAllowedImageSrc, isSafeLinkHref } from './richTextSafety.ts';
import { normaliseRichText, RICH_TEXT_MARK_TYPES } from './normaliseRichText.ts';

/**
 * Rich text in JSON is ProseMirror/Tiptap JSON (`editor.getJSON()`), checked against an
 * allow-list of node and mark types and their attributes. Anything else — a `<script>` node
 * smuggled in by an import, a `javascript:` link, a `data:` image — is refused.
 * Parsing also normalises (see normaliseRichText), so equal documents have equal JSON.
 */

export { RICH_TEXT_MARK_TYPES };
export type RichTextMarkType = (typeof RICH_TEXT_MARK_TYPES)[number];

/** Node types rich text may contain (besides the root `doc`). */
export const RICH_TEXT_NODE_TYPES = [
  'paragraph', 'heading', 'text', 'hardBreak', 'bulletList', 'orderedList', 'listItem', 'blockquote',
  'codeBlock', 'horizontalRule', 'table', 'tableRow', 'tableHeader', 'tableCell', 'image',
] as const;
export type RichTextNodeType = (typeof RICH_TEXT_NODE_TYPES)[number];

const NoAttrs = z.strictObject({}).optional();
const nonEmpty = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `must be a list of ${what}` }).min(1, `must hold at least one of its ${what}`);
const nullableString = (max: number) => z.string().max(max).nullable().optional();

const SimpleMark = <T extends 'bold' | 'italic' | 'strike' | 'code'>(type: T) =>
  z.strictObject({ type: z.literal(type), attrs: NoAttrs });

export const LinkMarkSchema = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z.string().max(2000).refine(isSafeLinkHref, 'links must start with http://, https:// or mailto:'),
    target: z.enum(['_blank', '_self']).nullable().optional(),
    rel: nullableString(100),
    class: z.string().regex(/^[\w -]*$/, 'must be CSS class names').max(100).nullable().optional(),
    title: nullableString(500),
  }),
});

const MarkSchema = z.discriminatedUnion(
  'type',
  [LinkMarkSchema, SimpleMark('bold'), SimpleMark('italic'), SimpleMark('strike'), SimpleMark('code')],
  { error: (iss) => `unknown mark type ${describeType(iss.input)}; allowed: ${RICH_TEXT_MARK_TYPES.join(', ')}` },
);
export type RichTextMark = z.infer<typeof MarkSchema>;
export { MarkSchema as RichTextMarkSchema };

export const TextNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1, 'text nodes must not be empty'),
  marks: z.array(MarkSchema).optional(),
});
export type TextNode = z.infer<typeof TextNodeSchema>;

const PlainTextNodeSchema = z.strictObject({ type: z.literal('text'), text: z.string().min(1, 'text nodes must not be empty') });

const HardBreakSchema = z.strictObject({ type: z.literal('hardBreak'), attrs: NoAttrs });
const HorizontalRuleSchema = z.strictObject({ type: z.literal('horizontalRule'), attrs: NoAttrs });

const size = z.number().positive().max(10000).nullable().optional();
export const ImageNodeSchema = z.strictObject({
  type: z.literal('image'),
  attrs: z.strictObject({
    src: z.string().max(2000).refine(isAllowedImageSrc, 'images must be uploaded to the server (/api/w/<workspace>/files/<id>) or be an https URL'),
    alt: nullableString(1000),
    title: nullableString(1000),
    width: size,
    height: size,
  }),
});

// Images are blocks, as with Tiptap's Image extension by default (`inline: false`).
const InlineSchema = z.discriminatedUnion('type', [TextNodeSchema, HardBreakSchema], {
  error: (iss) => `node type ${describeType(iss.input)} is not allowed inside a paragraph or heading; allowed: text, hardBreak`,
});
export type InlineNode = z.infer<typeof InlineSchema>;

export const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  attrs: NoAttrs,
  content: z.array(InlineSchema).optional(),
});
export const HeadingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'heading level must be 1, 2 or 3' }) }),
  content: z.array(InlineSchema).optional(),
});
export const CodeBlockSchema = z.strictObject({
  type: z.literal('codeBlock'),
  attrs: z.strictObject({ language: z.string().regex(/^[\w+#.-]{0,40}$/, 'must be a language name').nullable().optional() }).optional(),
  content: z.array(PlainTextNodeSchema).optional(),
});

export type ParagraphNode = z.infer<typeof ParagraphSchema>;
export type HeadingNode = z.infer<typeof HeadingSchema>;
export type CodeBlockNode = z.infer<typeof CodeBlockSchema>;
export type HardBreakNode = z.infer<typeof HardBreakSchema>;
export type HorizontalRuleNode = z.infer<typeof HorizontalRuleSchema>;
export type ImageNode = z.infer<typeof ImageNodeSchema>;

// The recursive nodes are typed by hand: TypeScript cannot infer a type that refers to itself.
// Containers must not be empty (Tiptap's content rules are `block+`, `listItem+`, `tableRow+`…).
export interface BlockquoteNode { type: 'blockquote'; attrs?: Record<string, never>; content: BlockNode[] }
export interface ListItemNode { type: 'listItem'; attrs?: Record<string, never>; content: BlockNode[] }
export interface BulletListNode { type: 'bulletList'; attrs?: Record<string, never>; content: ListItemNode[] }
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number; type?: string | null };
  content: ListItemNode[];
}
export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null };
  content: BlockNode[];
}
export interface TableRowNode { type: 'tableRow'; attrs?: Record<string, never>; content: TableCellNode[] }
export interface TableNode { type: 'table'; attrs?: Record<string, never>; content: TableRowNode[] }
export type BlockNode =
  | ParagraphNode | HeadingNode | CodeBlockNode | HorizontalRuleNode | ImageNode
  | BlockquoteNode | BulletListNode | OrderedListNode | TableNode;
/** Any node below the root. */
export type RichTextNode = BlockNode | InlineNode | ListItemNode | TableRowNode | TableCellNode;
/** The root of a rich text field. */
export interface RichTextDoc { type: 'doc'; content: BlockNode[] }

const EmptyAttrs = z.strictObject({}) as unknown as z.ZodType<Record<string, never>>;

const BlockquoteSchema = z.strictObject({
  type: z.literal('blockquote'),
  attrs: EmptyAttrs.optional(),
  get content(): z.ZodArray<z.ZodType<BlockNode>> { return nonEmpty(BlockSchema, 'blocks'); },
});
const ListItemSchema = z.strictObject({
  type: z.literal('listItem', { error: 'lists may only contain listItem nodes' }),
  attrs: EmptyAttrs.optional(),
  get content(): z.ZodArray<z.ZodType<BlockNode>> { return nonEmpty(BlockSchema, 'blocks'); },
});
const listItems = () => nonEmpty(ListItemSchema, 'items');
const BulletListSchema = z.strictObject({
  type: z.literal('bulletList'),
  attrs: EmptyAttrs.optional(),
  get content() { return listItems(); },
});
const OrderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z.strictObject({
    start: z.number().int().min(0).max(100000).optional(),
    type: z.string().regex(/^[1aAiI]?$/, 'must be 1, a, A, i or I').nullable().optional(),
  }).optional(),
  get content() { return listItems(); },
});
const cellSchema = <T extends 'tableCell' | 'tableHeader'>(type: T) => z.strictObject({
  type: z.literal(type),
  attrs: z.strictObject({
    colspan: z.number().int().min(1).max(100).optional(),
    rowspan: z.number().int().min(1).max(100).optional(),
    colwidth: z.array(z.number().int().min(0).max(10000)).nullable().optional(),
  }).optional(),
  get content(): z.ZodArray<z.ZodType<BlockNode>> { return nonEmpty(BlockSchema, 'blocks'); },
});
const TableCellSchema = z.discriminatedUnion('type', [cellSchema('tableCell'), cellSchema('tableHeader')], {
  error: (iss) => `node type ${describeType(iss.input)} is not allowed in a tableRow; allowed: tableCell, tableHeader`,
});
const TableRowSchema = z.strictObject({
  type: z.literal('tableRow', { error: 'tables may only contain tableRow nodes' }),
  attrs: EmptyAttrs.optional(),
  content: nonEmpty(TableCellSchema, 'cells'),
});
const TableSchema = z.strictObject({
  type: z.literal('table'),
  attrs: EmptyAttrs.optional(),
  content: nonEmpty(TableRowSchema, 'rows'),
});

const BLOCK_TYPES = 'paragraph, heading, bulletList, orderedList, blockquote, codeBlock, horizontalRule, table, image';
const BlockSchema: z.ZodType<BlockNode> = z.discriminatedUnion(
  'type',
  [
    ParagraphSchema, HeadingSchema, CodeBlockSchema, HorizontalRuleSchema, ImageNodeSchema,
    BlockquoteSchema, BulletListSchema, OrderedListSchema, TableSchema,
  ],
  { error: (iss) => `node type ${describeType(iss.input)} is not allowed here; allowed: ${BLOCK_TYPES}` },
);
export { BlockSchema as BlockNodeSchema };

/** A rich text field: a Tiptap `doc`, validated against the allow-list and normalised. */
export const RichTextSchema: z.ZodType<RichTextDoc> = z
  .strictObject({
    type: z.literal('doc', { error: 'rich text must be a Tiptap document: { "type": "doc", "content": [...] }' }),
    content: z.array(BlockSchema),
  })
  .overwrite((doc) => normaliseRichText(doc));

/** The empty rich text document. */
export function emptyRichText(): RichTextDoc {
  return { type: 'doc', content: [] };
}

function describeType(input: unknown): string {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : '(missing)';
}
