import { isAllowedImageSrc, isSafeLinkHref, type RichTextDoc } from '@minga/schema';
import type { ReactNode } from 'react';

type Node = { type?: unknown; text?: unknown; content?: unknown; attrs?: unknown; marks?: unknown };

interface RichTextViewProps {
  doc: RichTextDoc;
  /** Added to heading levels so a slide's H1 sits under the page's own headings (1 → h1 + offset). */
  headingOffset?: number;
  className?: string;
}

const attrsOf = (node: Node): Record<string, unknown> => (typeof node.attrs === 'object' && node.attrs !== null ? (node.attrs as Record<string, unknown>) : {});
const childrenOf = (node: Node): Node[] => (Array.isArray(node.content) ? (node.content as Node[]) : []);
const positive = (value: unknown): number | undefined => (typeof value === 'number' && value > 0 ? value : undefined);

/** A text node with its marks, innermost first; links only to http(s) or mailto addresses. */
function renderText(node: Node, key: number): ReactNode {
  let out: ReactNode = typeof node.text === 'string' ? node.text : '';
  const marks = Array.isArray(node.marks) ? (node.marks as Node[]) : [];
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold': out = <strong>{out}</strong>; break;
      case 'italic': out = <em>{out}</em>; break;
      case 'strike': out = <s>{out}</s>; break;
      case 'code': out = <code>{out}</code>; break;
      case 'link': {
        const href = attrsOf(mark).href;
        if (typeof href === 'string' && isSafeLinkHref(href)) out = <a href={href} rel="noopener noreferrer nofollow">{out}</a>;
        break;
      }
      default: break;
    }
  }
  return <span key={key}>{out}</span>;
}

function renderChildren(node: Node, offset: number): ReactNode[] {
  return childrenOf(node).map((child, index) => renderNode(child, index, offset));
}

/** One node of the allow-list as React elements; anything else is left out, never turned into HTML. */
function renderNode(node: Node, key: number, offset: number): ReactNode {
  const children = () => renderChildren(node, offset);
  const attrs = attrsOf(node);
  switch (node.type) {
    case 'text': return renderText(node, key);
    case 'hardBreak': return <br key={key} />;
    case 'paragraph': return <p key={key}>{children()}</p>;
    case 'heading': {
      const level = Math.min(6, Math.max(1, (typeof attrs.level === 'number' ? attrs.level : 1) + offset));
      const Tag = `h${level}` as 'h1';
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'bulletList': return <ul key={key}>{children()}</ul>;
    case 'orderedList': return <ol key={key} start={positive(attrs.start)}>{children()}</ol>;
    case 'listItem': return <li key={key}>{children()}</li>;
    case 'blockquote': return <blockquote key={key}>{children()}</blockquote>;
    case 'codeBlock': return <pre key={key}><code>{childrenOf(node).map((child) => (typeof child.text === 'string' ? child.text : '')).join('')}</code></pre>;
    case 'horizontalRule': return <hr key={key} />;
    case 'table': return <table key={key}><tbody>{children()}</tbody></table>;
    case 'tableRow': return <tr key={key}>{children()}</tr>;
    case 'tableCell':
    case 'tableHeader': {
      const Cell = node.type === 'tableHeader' ? 'th' : 'td';
      return <Cell key={key} colSpan={positive(attrs.colspan)} rowSpan={positive(attrs.rowspan)}>{children()}</Cell>;
    }
    case 'image': {
      const src = attrs.src;
      if (typeof src !== 'string' || !isAllowedImageSrc(src)) return null;
      const alt = typeof attrs.alt === 'string' ? attrs.alt : '';
      return <img key={key} src={src} alt={alt} title={typeof attrs.title === 'string' ? attrs.title : undefined} loading="lazy" />;
    }
    default: return null;
  }
}

/** Rich text (Tiptap JSON) shown read-only, built as React elements from the allowed nodes only. */
export function RichTextView({ doc, headingOffset = 0, className }: RichTextViewProps) {
  return <div className={className ?? 'rich-text'}>{renderChildren(doc as Node, headingOffset)}</div>;
}
