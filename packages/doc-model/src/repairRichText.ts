import {
  BlockNodeSchema, RICH_TEXT_NODE_TYPES, RichTextMarkSchema, RichTextSchema, normaliseRichText, type RichTextDoc,
} from '@minga/schema';

/**
 * What a Yjs document holds is whatever peers wrote, and a peer with an edit key can write
 * anything. Reading a unit must still give JSON that passes RichTextSchema (exports render it),
 * so anything outside the allow-list is dropped here: unknown marks and bad links first, then
 * unknown nodes, and as a last resort any top-level block that is still invalid.
 * Valid documents come back unchanged.
 */
export function repairRichText(doc: RichTextDoc): RichTextDoc {
  const parsed = RichTextSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const pruned = { type: 'doc' as const, content: pruneContent(doc.content) as RichTextDoc['content'] };
  const again = RichTextSchema.safeParse(pruned);
  if (again.success) return again.data;
  return normaliseRichText({ type: 'doc', content: pruned.content.filter((b) => BlockNodeSchema.safeParse(b).success) });
}

type Loose = { type?: unknown; marks?: unknown; content?: unknown; [key: string]: unknown };
const KNOWN: ReadonlySet<unknown> = new Set(RICH_TEXT_NODE_TYPES);

function pruneContent(content: unknown): Loose[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((child: Loose) => {
    if (typeof child !== 'object' || child === null || !KNOWN.has(child.type)) return [];
    const node: Loose = { ...child };
    if (Array.isArray(node.marks)) node.marks = node.marks.filter((m) => RichTextMarkSchema.safeParse(m).success);
    if (node.content !== undefined) node.content = pruneContent(node.content);
    return [node];
  });
}
