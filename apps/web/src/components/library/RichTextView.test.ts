import type { RichTextDoc } from '@minga/schema';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichTextView } from './RichTextView.tsx';

const render = (doc: unknown, headingOffset = 0) =>
  renderToStaticMarkup(createElement(RichTextView, { doc: doc as RichTextDoc, headingOffset }));

describe('rich text shown read-only on a public page', () => {
  it('renders headings, marks, lists and tables of the allow-list', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Les communs' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'gras', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un' }] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A' }] }] }] }] },
      ],
    }, 2);
    expect(html).toContain('<h3>');
    expect(html).toContain('<strong>gras</strong>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<th>');
  });

  it('text that looks like HTML stays text', () => {
    const html = render({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('a javascript: link keeps its text and loses its address', () => {
    const html = render({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    });
    expect(html).toContain('clic');
    expect(html).not.toContain('href');
  });

  it('unknown nodes and images from elsewhere than https or the server are left out', () => {
    const html = render({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'image', attrs: { src: 'data:image/png;base64,AAAA', alt: 'x' } },
        { type: 'image', attrs: { src: 'https://example.org/a.png', alt: 'un schéma' } },
      ],
    });
    expect(html).not.toContain('alert');
    expect(html).not.toContain('data:');
    expect(html).toContain('alt="un schéma"');
  });
});
