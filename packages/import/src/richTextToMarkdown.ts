import {
  jsonEqual, normaliseRichText,
  type BlockNode, type ImageNode, type InlineNode, type ListItemNode, type RichTextDoc, type RichTextMark, type TableNode,
} from '@minga/schema';
import { JSON_FENCE_INFO, markdownToBlocks } from './markdownToRichText.ts';
import { Warnings } from './types.ts';

/**
 * Rich text → Markdown that markdownToRichText reads back to the same JSON. Each top-level block is
 * written as Markdown and read back; a block Markdown cannot say exactly (an image with a width,
 * a table cell spanning two columns, a link with other attributes than the editor's) is written as a
 * fenced `minga-json` block instead, so the round trip never loses anything.
 */
export function richTextToMarkdown(doc: RichTextDoc): string {
  const blocks = doc.content;
  if (blocks.length === 0) return '';
  const parts: string[] = [];
  let prevBullet: string | undefined;
  let prevOrdered: string | undefined;
  for (const block of blocks) {
    // Two lists in a row stay two lists only if their markers differ.
    const bullet = block.type === 'bulletList' && prevBullet === '-' ? '*' : '-';
    const delimiter = block.type === 'orderedList' && prevOrdered === '.' ? ')' : '.';
    const md = blockToMarkdown(block, { bullet, delimiter });
    parts.push(readsBackAs(md, [block]) ? md : jsonFence([block]));
    prevBullet = block.type === 'bulletList' ? bullet : undefined;
    prevOrdered = block.type === 'orderedList' ? delimiter : undefined;
  }
  const markdown = parts.join('\n\n');
  return readsBackAs(markdown, blocks) ? markdown : jsonFence(blocks);
}

function readsBackAs(markdown: string, blocks: BlockNode[]): boolean {
  const back = markdownToBlocks(markdown, { warnings: new Warnings() });
  return jsonEqual(normaliseRichText({ type: 'doc', content: back }), normaliseRichText({ type: 'doc', content: blocks }));
}

/** A fenced `minga-json` block holding the nodes exactly. */
export function jsonFence(blocks: BlockNode[]): string {
  const json = JSON.stringify(blocks.length === 1 ? blocks[0] : blocks);
  const fence = fenceFor(json);
  return `${fence}${JSON_FENCE_INFO}\n${json}\n${fence}`;
}

function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

interface BlockOptions { bullet: string; delimiter: string }

function blockToMarkdown(node: BlockNode, options: BlockOptions = { bullet: '-', delimiter: '.' }): string {
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? inlineToMarkdown(node.content) : '<p></p>';
    case 'heading':
      return '#'.repeat(node.attrs.level) + (node.content?.length ? ` ${inlineToMarkdown(node.content, { heading: true })}` : '');
    case 'codeBlock': {
      const text = node.content?.[0]?.text ?? '';
      const fence = fenceFor(text);
      const info = node.attrs?.language ?? '';
      return text ? `${fence}${info}\n${text}\n${fence}` : `${fence}${info}\n${fence}`;
    }
    case 'horizontalRule':
      return '***';
    case 'image':
      return imageToMarkdown(node);
    case 'blockquote':
      return prefixLines(blocksToMarkdown(node.content ?? []), '> ', '>');
    case 'bulletList':
      return listToMarkdown(node.content ?? [], () => `${options.bullet} `);
    case 'orderedList': {
      const start = node.attrs?.start ?? 1;
      return listToMarkdown(node.content ?? [], (i) => `${start + i}${options.delimiter} `);
    }
    case 'table':
      return tableToMarkdown(node);
  }
}

function blocksToMarkdown(blocks: readonly BlockNode[]): string {
  let prev: BlockNode | undefined;
  let prevBullet = '-';
  let prevDelimiter = '.';
  const parts = blocks.map((block) => {
    const bullet = block.type === 'bulletList' && prev?.type === 'bulletList' ? (prevBullet === '-' ? '*' : '-') : '-';
    const delimiter = block.type === 'orderedList' && prev?.type === 'orderedList' ? (prevDelimiter === '.' ? ')' : '.') : '.';
    prev = block;
    prevBullet = bullet;
    prevDelimiter = delimiter;
    return blockToMarkdown(block, { bullet, delimiter });
  });
  return parts.join('\n\n');
}

function listToMarkdown(items: readonly ListItemNode[], marker: (index: number) => string): string {
  return items
    .map((item, i) => {
      const m = marker(i);
      const content = item.content ?? [];
      const onlyEmptyParagraph = content.length === 1 && content[0]!.type === 'paragraph' && !content[0]!.content?.length;
      if (onlyEmptyParagraph) return m.trimEnd();
      const body = blocksToMarkdown(content);
      const indent = ' '.repeat(m.length);
      return body
        .split('\n')
        .map((line, k) => (k === 0 ? m + line : line === '' ? '' : indent + line))
        .join('\n');
    })
    .join('\n');
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  if (text === '') return emptyPrefix;
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}

function tableToMarkdown(table: TableNode): string {
  const rows = (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => {
      const paragraph = cell.content?.[0];
      const inline = paragraph?.type === 'paragraph' ? paragraph.content ?? [] : [];
      return inline.length ? inlineToMarkdown(inline, { table: true }) : '';
    }),
  );
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

interface InlineOptions { heading?: boolean; table?: boolean }

const DELIMITERS: Record<string, string> = { bold: '**', italic: '*', strike: '~~' };

/** Inline nodes as Markdown: marks as delimiters, text escaped so that it reads back as written. */
export function inlineToMarkdown(nodes: readonly InlineNode[], options: InlineOptions = {}): string {
  let out = '';
  let open: RichTextMark[] = [];
  let lineStart = true;
  const close = (from: number) => {
    for (let k = open.length - 1; k >= from; k--) out += closing(open[k]!);
    open = open.slice(0, from);
  };
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'hardBreak') {
      close(0);
      out += '\\\n';
      lineStart = true;
      continue;
    }
    const marks = node.marks ?? [];
    const outer = marks.filter((m) => m.type !== 'code');
    // Keep open the marks this text still has; close the rest; open what is new.
    let keep = 0;
    while (keep < open.length && outer.some((m) => jsonEqual(m, open[keep]))) keep++;
    close(keep);
    for (const mark of outer) {
      if (!open.some((m) => jsonEqual(m, mark))) {
        out += opening(mark);
        open.push(mark);
      }
    }
    const isCode = marks.some((m) => m.type === 'code');
    const next = nodes[index + 1];
    const lineEnd = next === undefined || next.type === 'hardBreak';
    out += isCode ? codeSpan(node.text) : escapeText(node.text, { ...options, lineStart: lineStart && open.length === 0, lineEnd });
    lineStart = false;
  }
  close(0);
  return out;
}

function opening(mark: RichTextMark): string {
  return mark.type === 'link' ? '[' : DELIMITERS[mark.type] ?? '';
}

function closing(mark: RichTextMark): string {
  if (mark.type !== 'link') return DELIMITERS[mark.type] ?? '';
  const title = mark.attrs.title ? ` "${mark.attrs.title.replace(/["\\]/g, '\\$&')}"` : '';
  return `](${destination(mark.attrs.href)}${title})`;
}

function destination(url: string): string {
  const escaped = url.replace(/[\\<>]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return /[()\s]/.test(url) ? `<${escaped}>` : escaped;
}

function imageToMarkdown(node: ImageNode): string {
  const { src, alt, title } = node.attrs;
  const t = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
  return `![${alt ? escapeText(alt, {}) : ''}](${destination(src)}${t})`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (/^ .*[^ ].* $/s.test(text)) ? ' ' : '';
  return fence + pad + text + pad + fence;
}

interface EscapeOptions extends InlineOptions {
  /** The text begins a line, where `#`, `-`, `1.`, `>` and `Note:` mean something. */
  lineStart?: boolean;
  /** The text ends a line, where Markdown drops trailing spaces. */
  lineEnd?: boolean;
}

/** Text escaped for Markdown, so that it reads back as written. */
function escapeText(text: string, options: EscapeOptions): string {
  let s = text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
  if (options.table) s = s.replace(/\|/g, '\\|');
  if (options.heading) s = s.replace(/#/g, '\\#');
  if (options.lineStart) {
    s = s
      .replace(/^([#>+=-])/, '\\$1')
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
      .replace(/^(notes?)(\s*):/i, '$1$2\\:');
  }
  // Markdown strips spaces around a line; as character references they stay.
  const asReferences = (ws: string) => [...ws].map((c) => (c === ' ' ? '&#32;' : '&#9;')).join('');
  if (options.lineStart) s = s.replace(/^[ \t]+/, asReferences);
  if (options.lineEnd) {
    let end = s.length;
    while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
    s = s.slice(0, end) + asReferences(s.slice(end));
  }
  return s;
}
