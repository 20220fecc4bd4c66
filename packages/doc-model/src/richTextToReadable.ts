import type { BlockNode, InlineNode, ListItemNode, RichTextDoc, TableRowNode } from '@minga/schema';

/**
 * The readable text of rich text, one block per line: what a word diff compares, so a reader sees
 * "inserted and removed words" and never JSON. Lists keep their bullets or numbers, images their
 * description, tables one row per line.
 */

/** Rich text as plain lines a person can read. */
export function richTextToReadable(doc: RichTextDoc): string {
  return blocksToLines(doc.content, '').join('\n');
}

function blocksToLines(blocks: readonly BlockNode[], indent: string): string[] {
  return blocks.flatMap((block) => blockToLines(block, indent));
}

function blockToLines(block: BlockNode, indent: string): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [indent + inlineText(block.content ?? [])];
    case 'codeBlock':
      return (block.content ?? []).map((t) => t.text).join('').split('\n').map((line) => indent + line);
    case 'horizontalRule':
      return [indent + '———'];
    case 'image':
      return [`${indent}[${block.attrs.alt || block.attrs.title || 'image'}]`];
    case 'blockquote':
      return blocksToLines(block.content, `${indent}> `);
    case 'bulletList':
      return block.content.flatMap((item) => listItemLines(item, indent, '• '));
    case 'orderedList': {
      const start = block.attrs?.start ?? 1;
      return block.content.flatMap((item, i) => listItemLines(item, indent, `${start + i}. `));
    }
    case 'table':
      return block.content.map((row) => indent + rowText(row));
  }
}

function listItemLines(item: ListItemNode, indent: string, marker: string): string[] {
  const [first = '', ...rest] = blocksToLines(item.content, `${indent}  `);
  return [indent + marker + first.slice(indent.length + 2), ...rest];
}

function rowText(row: TableRowNode): string {
  return row.content.map((cell) => blocksToLines(cell.content, '').join(' ')).join(' | ');
}

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}
