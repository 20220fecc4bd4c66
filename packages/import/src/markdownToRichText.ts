import type Token from 'markdown-it/lib/token.mjs';
import {
  BlockNodeSchema, RichTextSchema, isAllowedImageSrc, isSafeLinkHref,
  type BlockNode, type ImageNode, type InlineNode, type ListItemNode, type RichTextDoc, type RichTextMark, type TableCellNode, type TableNode, type TableRowNode,
} from '@minga/schema';
import { markdownIt } from './markdownIt.ts';
import { append } from './text.ts';
import { Warnings } from './types.ts';

/**
 * Markdown → ProseMirror/Tiptap JSON, from markdown-it's tokens, keeping only the node and mark
 * types RichTextSchema allows. Links and images that the schema refuses are dropped (their text
 * stays) with a warning; raw HTML is reduced to its text. A fenced block whose info string is
 * `minga-json` holds rich text nodes as JSON: the way unitToMarkdown writes what Markdown cannot say.
 */

export const JSON_FENCE_INFO = 'minga-json';

// The WHATWG URL class exists in browsers and Node alike; the packages' lib settings leave it untyped.
declare const URL: new (url: string, base?: string) => { href: string };

/** Link attributes as Tiptap's Link extension sets them, so imported links equal links typed in the editor. */
export const EDITOR_LINK_ATTRS = { target: '_blank', rel: 'noopener noreferrer nofollow', class: null } as const;

export interface MarkdownConvertOptions {
  /** Collects what was dropped or changed; a throwaway collector when left out. */
  warnings?: Warnings;
  /** Relative links and images are resolved against it (a lesson's source URL). */
  baseUrl?: string;
  /** markdown-it's env: pass the same object to share reference definitions between fragments. */
  env?: Record<string, unknown>;
  /** Line of the input the fragment starts at, for warnings. */
  firstLine?: number;
}

type Mark = RichTextMark;

/** Inline HTML tags read as the mark they mean; `<kbd>` (a key to press) reads as code. */
const HTML_MARKS: Record<string, 'bold' | 'italic' | 'strike' | 'code'> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', s: 'strike', del: 'strike', strike: 'strike', code: 'code', kbd: 'code',
};
/** What an inline run holds before images are lifted out of it: images are blocks in the schema. */
type MutableInline = InlineNode | ImageNode;

/** Markdown text → a validated, normalised rich text document. */
export function markdownToRichText(markdown: string, options: MarkdownConvertOptions = {}): RichTextDoc {
  const warnings = options.warnings ?? new Warnings();
  return blocksToDoc(markdownToBlocks(markdown, { ...options, warnings }), warnings);
}

/** Validated blocks as a normalised document; blocks the schema refuses become their plain text. */
export function blocksToDoc(blocks: BlockNode[], warnings: Warnings): RichTextDoc {
  const safe: BlockNode[] = [];
  for (const block of blocks) {
    const parsed = BlockNodeSchema.safeParse(block);
    if (parsed.success) safe.push(parsed.data);
    else {
      warnings.add('content_simplified', `a ${block.type} could not be kept as it was (${parsed.error.issues[0]?.message ?? 'invalid'}); its text was kept`, undefined, { value: block.type });
      const text = plainText(block).trim();
      if (text) safe.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
  }
  return RichTextSchema.parse({ type: 'doc', content: safe });
}

/** Markdown text → block nodes (not yet validated). */
export function markdownToBlocks(markdown: string, options: MarkdownConvertOptions = {}): BlockNode[] {
  const tokens = markdownIt.parse(markdown, options.env ?? {});
  const reader = new TokenReader(tokens, { ...options, warnings: options.warnings ?? new Warnings() });
  return reader.blocks();
}

class TokenReader {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly options: MarkdownConvertOptions & { warnings: Warnings }) {}

  private line(token: Token): number | undefined {
    return token.map ? token.map[0] + (this.options.firstLine ?? 1) : undefined;
  }

  /** Reads blocks until the closing token `close` (consumed) or the end. */
  blocks(close?: string): BlockNode[] {
    const out: BlockNode[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (close && t.type === close) {
        this.i++;
        return out;
      }
      append(out, this.block(t));
    }
    return out;
  }

  private block(t: Token): BlockNode[] {
    switch (t.type) {
      case 'paragraph_open': {
        const inline = this.tokens[this.i + 1];
        this.i += 3;
        const content = this.inline(inline);
        if (content.length === 0) return [{ type: 'paragraph' }];
        return liftImages(content, (run) => ({ type: 'paragraph', content: run }));
      }
      case 'heading_open': {
        const inline = this.tokens[this.i + 1];
        this.i += 3;
        let level = Number(t.tag.slice(1));
        if (level > 3) {
          this.options.warnings.add('heading_level', `headings of level ${level} became level 3 (slides have three levels)`, this.line(t), { n: level });
          level = 3;
        }
        const attrs = { level: level as 1 | 2 | 3 };
        const content = this.inline(inline);
        if (content.length === 0) return [{ type: 'heading', attrs }];
        return liftImages(content, (run) => ({ type: 'heading', attrs, content: run }));
      }
      case 'bullet_list_open':
        this.i++;
        return [{ type: 'bulletList', content: this.listItems('bullet_list_close') }];
      case 'ordered_list_open': {
        this.i++;
        // Tiptap's ordered lists always carry their start, 1 included.
        const start = Number(t.attrGet('start') ?? 1);
        return [{ type: 'orderedList', attrs: { start }, content: this.listItems('ordered_list_close') }];
      }
      case 'blockquote_open': {
        this.i++;
        const content = this.blocks('blockquote_close');
        // Tiptap's quotes hold at least one block; an empty `>` is an empty paragraph in a quote.
        return [{ type: 'blockquote', content: content.length ? content : [{ type: 'paragraph' }] }];
      }
      case 'fence':
      case 'code_block':
        this.i++;
        return this.code(t);
      case 'hr':
        this.i++;
        return [{ type: 'horizontalRule' }];
      case 'table_open': {
        this.i++;
        const table = this.table();
        return table.content.length ? [table] : [];
      }
      case 'html_block':
        this.i++;
        return this.htmlBlock(t);
      default:
        this.i++;
        return [];
    }
  }

  private listItems(close: string): ListItemNode[] {
    const items: ListItemNode[] = [];
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      this.i++;
      if (t.type === close) break;
      if (t.type !== 'list_item_open') continue;
      const content = this.blocks('list_item_close');
      // Tiptap's list items start with a paragraph; an empty Markdown item is an empty paragraph.
      items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] });
    }
    return items;
  }

  private code(t: Token): BlockNode[] {
    const info = t.info.trim().split(/\s+/)[0] ?? '';
    // Fences end their content with a newline the text never had.
    const text = t.content === '' ? '' : t.content.replace(/\n$/, '');
    if (info === JSON_FENCE_INFO) {
      const nodes = this.jsonBlocks(text, t);
      if (nodes) return nodes;
    }
    const language = /^[\w+#.-]{1,40}$/.test(info) ? info : undefined;
    return [{ type: 'codeBlock', ...(language ? { attrs: { language } } : {}), ...(text ? { content: [{ type: 'text', text }] } : {}) }];
  }

  private jsonBlocks(text: string, t: Token): BlockNode[] | undefined {
    try {
      const value: unknown = JSON.parse(text);
      const list = Array.isArray(value) ? value : [value];
      const blocks: BlockNode[] = [];
      for (const node of list) {
        const parsed = BlockNodeSchema.safeParse(node);
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
        blocks.push(parsed.data);
      }
      return blocks;
    } catch (e) {
      this.options.warnings.add('json_block_invalid', `a ${JSON_FENCE_INFO} block was kept as code: ${(e as Error).message}`, this.line(t));
      return undefined;
    }
  }

  private table(): TableNode {
    const rows: TableRowNode[] = [];
    let row: TableCellNode[] | undefined;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      this.i++;
      if (t.type === 'table_close') break;
      if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close' && row) rows.push({ type: 'tableRow', content: row });
      else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
        const inline = this.tokens[this.i];
        this.i += 2;
        const content = this.inline(inline);
        row.push({
          type: t.type === 'th_open' ? 'tableHeader' : 'tableCell',
          attrs: { colspan: 1, rowspan: 1 },
          content: content.length ? liftImages(content, (run) => ({ type: 'paragraph', content: run })) : [{ type: 'paragraph' }],
        });
      }
    }
    return { type: 'table', content: rows };
  }

  private htmlBlock(t: Token): BlockNode[] {
    if (t.content.trim() === '<p></p>') return [{ type: 'paragraph' }];
    const text = stripHtml(t.content);
    if (!text.trim()) {
      if (t.content.trim()) this.options.warnings.add('html_removed', 'HTML comments and tags were left out', this.line(t));
      return [];
    }
    this.options.warnings.add('html_removed', 'HTML tags were removed; their text was kept', this.line(t));
    return text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));
  }

  private inline(token: Token | undefined): MutableInline[] {
    const out: MutableInline[] = [];
    const marks: (Mark | null)[] = [];
    const active = () => marks.filter((m): m is Mark => m !== null);
    const push = (text: string, extra?: Mark) => {
      if (!text) return;
      const all = extra ? [...active(), extra] : active();
      out.push(all.length ? { type: 'text', text, marks: all } : { type: 'text', text });
    };
    const pop = (type: string) => {
      for (let k = marks.length - 1; k >= 0; k--) {
        const m = marks[k];
        if ((m === null && type === 'link') || m?.type === type) {
          marks.splice(k, 1);
          return;
        }
      }
    };
    for (const c of token?.children ?? []) {
      switch (c.type) {
        case 'text':
          push(c.content);
          break;
        case 'softbreak':
          push(' ');
          break;
        case 'hardbreak':
          out.push({ type: 'hardBreak' });
          break;
        case 'code_inline':
          push(c.content, { type: 'code' });
          break;
        case 'strong_open': marks.push({ type: 'bold' }); break;
        case 'strong_close': pop('bold'); break;
        case 'em_open': marks.push({ type: 'italic' }); break;
        case 'em_close': pop('italic'); break;
        case 's_open': marks.push({ type: 'strike' }); break;
        case 's_close': pop('strike'); break;
        case 'link_open': marks.push(this.linkMark(c, token!)); break;
        case 'link_close': pop('link'); break;
        case 'image': out.push(...this.image(c, token!)); break;
        case 'html_inline': {
          const tag = /^<(\/?)([a-z]+)\b[^>]*?(\/?)>$/i.exec(c.content);
          const name = tag?.[2]?.toLowerCase() ?? '';
          const mark = HTML_MARKS[name];
          if (name === 'br') out.push({ type: 'hardBreak' });
          else if (mark && tag?.[1]) pop(mark);
          else if (mark) marks.push({ type: mark } as Mark);
          else this.options.warnings.add('html_removed', 'HTML tags were removed; their text was kept', this.line(token!));
          break;
        }
        default:
          push(c.content);
      }
    }
    return out;
  }

  private resolve(url: string): string {
    if (!this.options.baseUrl || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
    try {
      return new URL(url, this.options.baseUrl).href;
    } catch {
      return url;
    }
  }

  private linkMark(c: Token, parent: Token): Mark | null {
    const href = this.resolve(c.attrGet('href') ?? '');
    if (!isSafeLinkHref(href) || href.length > 2000) {
      this.options.warnings.add('link_dropped', `link "${href.slice(0, 80)}" was dropped (only http, https and mailto links are kept); its text stays`, this.line(parent), { value: href.slice(0, 80) });
      return null;
    }
    return { type: 'link', attrs: { href, ...EDITOR_LINK_ATTRS, title: c.attrGet('title') ?? null } };
  }

  private image(c: Token, parent: Token): MutableInline[] {
    const src = rawGitHubUrl(this.resolve(c.attrGet('src') ?? ''));
    const alt = c.content;
    if (!isAllowedImageSrc(src) || src.length > 2000) {
      this.options.warnings.add('image_dropped', `image "${src.slice(0, 80)}" was left out (images must be uploaded or come from an https URL)${alt ? `; its description "${alt.slice(0, 80)}" was kept as text` : ''}`, this.line(parent), { value: src.slice(0, 80) });
      return alt ? [{ type: 'text', text: alt }] : [];
    }
    const title = c.attrGet('title');
    return [{ type: 'image', attrs: { src, ...(alt ? { alt } : {}), ...(title ? { title } : {}) } } satisfies ImageNode];
  }
}

/**
 * Inline content as blocks: runs of text become `makeBlock(run)`, each image a block of its own
 * (the schema's images are blocks, as with Tiptap's Image extension). Spaces and line breaks next
 * to a lifted image go with it.
 */
function liftImages(content: readonly MutableInline[], makeBlock: (run: InlineNode[]) => BlockNode): BlockNode[] {
  const blocks: BlockNode[] = [];
  let run: InlineNode[] = [];
  const flush = (beforeImage: boolean) => {
    const trimmed = blocks.length && blocks[blocks.length - 1]!.type === 'image' ? trimRun(run, 'start') : run;
    const done = beforeImage ? trimRun(trimmed, 'end') : trimmed;
    if (done.length) blocks.push(makeBlock(done));
    run = [];
  };
  for (const node of content) {
    if (node.type === 'image') {
      flush(true);
      blocks.push(node);
    } else run.push(node);
  }
  flush(false);
  return blocks;
}

function trimRun(run: InlineNode[], side: 'start' | 'end'): InlineNode[] {
  const out = [...run];
  const at = () => (side === 'start' ? out[0] : out[out.length - 1]);
  const drop = () => (side === 'start' ? out.shift() : out.pop());
  for (let node = at(); node; node = at()) {
    if (node.type === 'hardBreak') drop();
    else if (node.type === 'text') {
      const text = side === 'start' ? node.text.trimStart() : node.text.trimEnd();
      if (text === node.text) break;
      drop();
      if (!text) continue;
      if (side === 'start') out.unshift({ ...node, text });
      else out.push({ ...node, text });
      break;
    } else break;
  }
  return out;
}

/** A file shown on a GitHub page (`…/blob/main/fig/x.svg`) as the file itself, so that it can be an image. */
export function rawGitHubUrl(url: string): string {
  const m = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/blob\/(.+)$/.exec(url);
  return m ? `https://raw.githubusercontent.com/${m[1]}/${m[2]}/${m[3]}` : url;
}

/** The text of HTML with its tags and comments removed. */
export function stripHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<\/?[A-Za-z][^<>]*>/g, '');
}

/** The plain text of a node, blocks separated by newlines. */
export function plainText(node: { type: string; text?: string; content?: unknown[] }): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map((c) => plainText(c as { type: string }));
  const isBlockContainer = ['doc', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader'].includes(node.type);
  return parts.join(isBlockContainer ? '\n' : '');
}
