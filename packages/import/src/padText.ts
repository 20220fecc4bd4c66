import { isSafeLinkHref, type BlockNode, type InlineNode } from '@minga/schema';
import { EDITOR_LINK_ATTRS } from './markdownToRichText.ts';
import { BULLET, type PadLine } from './padSections.ts';
import { URL_IN_TEXT, append } from './text.ts';

/**
 * Pad text → rich text blocks. Pads are plain text written line by line, so every line break is
 * kept (as a hard break), bulleted lines become lists and URLs become links.
 */
export function padTextToBlocks(lines: readonly PadLine[]): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;
  const flushParagraph = () => {
    if (paragraph.length) {
      const content: InlineNode[] = [];
      paragraph.forEach((text, i) => {
        if (i > 0) content.push({ type: 'hardBreak' });
        append(content, linkify(text));
      });
      blocks.push({ type: 'paragraph', content });
    }
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map((text) => ({ type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: linkify(text) }] }));
      blocks.push(list.ordered ? { type: 'orderedList', attrs: { start: list.start }, content: items } : { type: 'bulletList', content: items });
    }
    list = undefined;
  };
  for (const { text } of lines) {
    const m = BULLET.exec(text);
    if (!text.trim()) {
      flushParagraph();
      flushList();
    } else if (m) {
      flushParagraph();
      const ordered = /\d/.test(m[2]!);
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, start: ordered ? Number.parseInt(m[2]!, 10) : 1, items: [] };
      list.items.push(m[3]!.trim());
    } else {
      flushList();
      paragraph.push(text.trim());
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Text with its http(s) URLs as links. */
export function linkify(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = m[0];
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    if (isSafeLinkHref(url) && url.length <= 2000) {
      out.push({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url, ...EDITOR_LINK_ATTRS, title: null } }] });
    } else out.push({ type: 'text', text: url });
    last = m.index + url.length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}
