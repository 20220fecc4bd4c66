import { isAllowedImageSrc, isSafeLinkHref } from '@minga/schema';
import { escapeHtml } from './escapeHtml.ts';

/**
 * Rich text (Tiptap JSON) to HTML, safe by construction: every text and attribute value is
 * escaped, only allow-listed nodes and marks become elements (anything else keeps only its text),
 * links keep only http(s) and mailto targets, images only upload paths and https URLs (or the
 * `data:image/…` URI a caller swaps in for the offline file). No event handler, `style`, `class`
 * from user data or script can come out: the output's tags and attribute names are all written
 * here. It does not trust that the input passed RichTextSchema.
 */

export interface RenderRichTextOptions {
  /**
   * Gives the src to write for an allowed image (a server upload path or an https URL), e.g. a
   * `data:image/png;base64,…` URI for the offline file. Return undefined to leave the image out:
   * its alt text is shown in its place. Without it, allowed srcs are kept as they are.
   */
  imageSrc?: (src: string) => string | undefined;
}

type Node = { type?: unknown; text?: unknown; attrs?: unknown; marks?: unknown; content?: unknown };
type Attrs = Record<string, unknown>;

/** Past this depth, nodes keep only their text: a hostile document cannot exhaust the stack. */
const MAX_DEPTH = 40;

/** `data:` image URIs a caller may swap in; never SVG (it can carry script) nor anything but base64 raster. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]*={0,2}$/;

/** True for an image src the renderer may write: an allowed upload path or https URL, or a raster data: URI. */
export function isRenderableImageSrc(src: string): boolean {
  return isAllowedImageSrc(src) || DATA_IMAGE.test(src);
}

/** HTML for a rich text document; '' for anything that is not one. */
export function renderRichText(doc: unknown, options: RenderRichTextOptions = {}): string {
  const root = asNode(doc);
  if (!root || root.type !== 'doc') return '';
  return renderChildren(root, options, 0);
}

/** The text of a node and everything below it, walked with a stack rather than recursion. */
function collectText(node: Node): string {
  let text = '';
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = asNode(stack.pop());
    if (!n) continue;
    if (typeof n.text === 'string') text += n.text;
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return text;
}

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function attrsOf(node: Node): Attrs {
  return typeof node.attrs === 'object' && node.attrs !== null ? (node.attrs as Attrs) : {};
}

function renderChildren(node: Node, options: RenderRichTextOptions, depth: number): string {
  if (!Array.isArray(node.content)) return '';
  let html = '';
  for (const child of node.content) {
    const c = asNode(child);
    if (c) html += renderNode(c, options, depth + 1);
  }
  return html;
}

function wrap(tag: string, inner: string, attributes = ''): string {
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

function intAttr(name: string, value: unknown, min: number, max: number): string {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? ` ${name}="${value}"` : '';
}

function renderNode(node: Node, options: RenderRichTextOptions, depth: number): string {
  if (depth > MAX_DEPTH) return escapeHtml(collectText(node));
  const inner = () => renderChildren(node, options, depth);
  const attrs = attrsOf(node);
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? renderMarks(escapeHtml(node.text), node.marks) : '';
    case 'paragraph':
      return wrap('p', inner());
    case 'heading': {
      const level = attrs.level === 1 || attrs.level === 2 || attrs.level === 3 ? attrs.level : 2;
      return wrap(`h${level}`, inner());
    }
    case 'bulletList':
      return wrap('ul', inner());
    case 'orderedList': {
      const type = typeof attrs.type === 'string' && /^[1aAiI]$/.test(attrs.type) ? ` type="${attrs.type}"` : '';
      return wrap('ol', inner(), intAttr('start', attrs.start, 0, 100000) + type);
    }
    case 'listItem':
      return wrap('li', inner());
    case 'blockquote':
      return wrap('blockquote', inner());
    case 'codeBlock': {
      const language = typeof attrs.language === 'string' && /^[\w+#.-]{1,40}$/.test(attrs.language) ? ` class="language-${escapeHtml(attrs.language)}"` : '';
      const code = Array.isArray(node.content) ? node.content.map((c) => (typeof asNode(c)?.text === 'string' ? String(asNode(c)?.text) : '')).join('') : '';
      return `<pre><code${language}>${escapeHtml(code)}</code></pre>`;
    }
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    case 'tableRow':
      return wrap('tr', inner());
    case 'tableCell':
    case 'tableHeader':
      return wrap(node.type === 'tableCell' ? 'td' : 'th', inner(), intAttr('colspan', attrs.colspan, 2, 100) + intAttr('rowspan', attrs.rowspan, 2, 100));
    case 'image':
      return renderImage(attrs, options);
    default:
      // Not on the allow-list: keep the words, drop the element.
      return typeof node.text === 'string' ? escapeHtml(node.text) : inner();
  }
}

function renderImage(attrs: Attrs, options: RenderRichTextOptions): string {
  const alt = typeof attrs.alt === 'string' ? attrs.alt : '';
  const original = typeof attrs.src === 'string' && isAllowedImageSrc(attrs.src) ? attrs.src : undefined;
  const src = original === undefined ? undefined : options.imageSrc ? options.imageSrc(original) : original;
  if (src === undefined || !isRenderableImageSrc(src)) {
    return `<span class="minga-image-missing">[${escapeHtml(alt || 'image')}]</span>`;
  }
  const title = typeof attrs.title === 'string' && attrs.title !== '' ? ` title="${escapeHtml(attrs.title)}"` : '';
  const size = (name: string, v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 10000 ? ` ${name}="${Math.round(v)}"` : '');
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${title}${size('width', attrs.width)}${size('height', attrs.height)}>`;
}

const MARK_TAGS: Readonly<Record<string, string>> = { bold: 'strong', italic: 'em', strike: 's', code: 'code' };

function renderMarks(html: string, marks: unknown): string {
  if (!Array.isArray(marks)) return html;
  let out = html;
  // The first mark is the outermost element.
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = asNode(marks[i]);
    if (!mark || typeof mark.type !== 'string') continue;
    const tag = Object.hasOwn(MARK_TAGS, mark.type) ? MARK_TAGS[mark.type] : undefined;
    if (tag) out = wrap(tag, out);
    else if (mark.type === 'link') out = renderLink(out, attrsOf(mark));
  }
  return out;
}

function renderLink(inner: string, attrs: Attrs): string {
  const href = typeof attrs.href === 'string' && isSafeLinkHref(attrs.href) ? attrs.href : undefined;
  if (href === undefined) return inner;
  const title = typeof attrs.title === 'string' && attrs.title !== '' ? ` title="${escapeHtml(attrs.title)}"` : '';
  return `<a href="${escapeHtml(href)}"${title} target="_blank" rel="noopener noreferrer nofollow">${inner}</a>`;
}
