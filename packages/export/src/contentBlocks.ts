import type { BlockNode, RichTextDoc } from '@minga/schema';
import { BASE_PX, BLOCK_MARGIN_PX, CANVAS, HEADING_MARGIN_PX, LIST_INDENT_PX, type TextBlock } from './fitSlide.ts';

/**
 * What a slide people wrote stacks, for fitSlide.ts: headings, paragraphs, list items, quotes,
 * code, table rows, rules and images, in the sizes of themes.ts (DECK_LAYOUT_CSS gives content
 * headings the same sizes in every theme, and paragraphs in list items and table cells no margin).
 * Images count at their stated height, or a typical one.
 */

/** `.reveal img{max-height:520px}` and `.reveal pre{max-height:520px}`: neither takes more. */
const BOX_MAX_PX = 520;
/** An image with no stated height: about half the slide. */
const IMAGE_TYPICAL_PX = 360;
const HEADING_EM: Record<number, number> = { 1: 1.7, 2: 1.55, 3: 1.2 };

type Node = { type: string; text?: string; content?: Node[]; attrs?: Record<string, unknown> };

function textOf(node: Node): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join(node.type === 'paragraph' ? '' : ' ');
}

/** Lines a text takes at least, counting its hard line breaks. */
const breaks = (text: string) => text.split('\n').length;

function blocksOf(node: Node, width: number): TextBlock[] {
  switch (node.type) {
    case 'heading': {
      const em = HEADING_EM[Number(node.attrs?.level)] ?? 1.2;
      return [{ chars: textOf(node).length, em, lineHeight: 1.15, kind: 'heading', width, spacePx: HEADING_MARGIN_PX }];
    }
    case 'paragraph': {
      const text = textOf(node);
      return [{ chars: text.length, em: 1, lineHeight: 1.35, width, minLines: breaks(text), spacePx: 2 * BLOCK_MARGIN_PX }];
    }
    case 'bulletList':
    case 'orderedList':
      // `li{margin:.2em 0}`; a paragraph in a list item has no margin of its own.
      return (node.content ?? []).flatMap((item) => (item.content ?? []).flatMap((child) => blocksOf(child, width - LIST_INDENT_PX)
        .map((block) => (child.type === 'paragraph' ? { ...block, spacePx: 0, spaceEm: 0.4 } : block))));
    case 'blockquote':
      return (node.content ?? []).flatMap((child) => blocksOf(child, width - 0.88 * BASE_PX));
    case 'codeBlock': {
      // `.reveal pre{font-size:.6em}`: long code scrolls inside its box.
      const tall = Math.min(textOf(node).split('\n').length * 0.6 * BASE_PX * 1.35, BOX_MAX_PX);
      return [{ chars: 0, em: 0, lineHeight: 0, spaceEm: 1.2 * 0.6, spacePx: tall + 2 * BLOCK_MARGIN_PX }];
    }
    case 'table': {
      const rows = node.content ?? [];
      const columns = Math.max(1, ...rows.map((row) => row.content?.length ?? 1));
      // Cells have .5em of padding on each side and a border.
      const cellWidth = width / columns - BASE_PX - 2;
      const margin: TextBlock = { chars: 0, em: 0, lineHeight: 0, spacePx: 2 * BLOCK_MARGIN_PX };
      return [margin, ...rows.map((row): TextBlock => ({
        chars: Math.max(0, ...(row.content ?? []).map((cell) => textOf(cell).length)),
        em: 1,
        lineHeight: 1.35,
        width: cellWidth,
        spaceEm: 0.4,
        spacePx: 2,
      }))];
    }
    case 'horizontalRule':
      return [{ chars: 0, em: 0, lineHeight: 0, spaceEm: 2, spacePx: 3 }];
    case 'image': {
      const height = Number(node.attrs?.height);
      const stated = Number.isFinite(height) && height > 0 ? height : IMAGE_TYPICAL_PX;
      return [{ chars: 0, em: 0, lineHeight: 0, spacePx: Math.min(stated, BOX_MAX_PX) + 2 * BLOCK_MARGIN_PX }];
    }
    default:
      return [];
  }
}

/** The blocks of a content slide, top to bottom. */
export function contentBlocks(doc: RichTextDoc): TextBlock[] {
  return (doc.content as BlockNode[] as Node[]).flatMap((node) => blocksOf(node, CANVAS.width));
}
