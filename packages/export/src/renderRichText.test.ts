import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from '@minga/schema';
import { renderRichText } from './renderRichText.ts';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const link = (href: string, extra: Record<string, unknown> = {}) => ({ type: 'link', attrs: { href, ...extra } });
const img = (attrs: Record<string, unknown>) => ({ type: 'image', attrs });

describe('renderRichText', () => {
  it('renders every allowed node and mark of the example unit', () => {
    const html = renderRichText(EXAMPLE_UNIT.slides[0]!.content) + renderRichText(EXAMPLE_UNIT.slides[1]!.content);
    for (const tag of ['<h1>', '<p>', '<strong>', '<em>', '<s>', '<br>', '<blockquote>', '<ul>', '<ol start="3">', '<li>', '<hr>', '<table>', '<tr>', '<th>', '<td colspan="2">', '<pre><code class="language-yaml">']) {
      expect(html).toContain(tag);
    }
    expect(html).toContain('<a href="https://fr.wikipedia.org/wiki/Communs" target="_blank" rel="noopener noreferrer nofollow">Wikipédia</a>');
    expect(html).toContain('<a href="mailto:minga@example.org" target="_blank" rel="noopener noreferrer nofollow"><code>écrire</code></a>');
    expect(html).toContain('<img src="/api/w/ws-lille/files/f1a2b3" alt="Photo du pad" width="640">');
    expect(html).toContain('<img src="https://upload.wikimedia.org/commons.png" alt="" title="Logo">');
  });

  it('escapes text, including what looks like markup', () => {
    expect(renderRichText(doc(p(t('<img src=x onerror=alert(1)> & "quotes" \'too\''))))).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>');
    expect(renderRichText(doc({ type: 'codeBlock', attrs: { language: 'js' }, content: [t('</code></pre><script>alert(1)</script>')] })))
      .toBe('<pre><code class="language-js">&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>');
  });

  it('keeps only http(s) and mailto links, and escapes their titles', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example', 'https://x.org/"onmouseover="alert(1)']) {
      expect(renderRichText(doc(p(t('click', [link(href)])))), href).toBe('<p>click</p>');
    }
    expect(renderRichText(doc(p(t('x', [link('https://x.org/?a=1&b=2', { title: '" onmouseover="alert(1)' })])))))
      .toBe('<p><a href="https://x.org/?a=1&amp;b=2" title="&quot; onmouseover=&quot;alert(1)" target="_blank" rel="noopener noreferrer nofollow">x</a></p>');
  });

  it('keeps only upload paths and https images, shows the alt text of any other, and never SVG data', () => {
    const out = (attrs: Record<string, unknown>, imageSrc?: (s: string) => string | undefined) => renderRichText(doc(p(img(attrs))), { imageSrc });
    expect(out({ src: 'x', alt: 'a photo', onerror: 'alert(1)' })).toBe('<p><span class="minga-image-missing">[a photo]</span></p>');
    expect(out({ src: 'javascript:alert(1)' })).toBe('<p><span class="minga-image-missing">[image]</span></p>');
    expect(out({ src: 'http://insecure.example/a.png' })).toContain('minga-image-missing');
    expect(out({ src: 'data:image/svg+xml;base64,PHN2Zz4=' })).toContain('minga-image-missing');
    expect(out({ src: '/api/w/ws/files/f1', alt: '"><script>' })).toBe('<p><img src="/api/w/ws/files/f1" alt="&quot;&gt;&lt;script&gt;"></p>');
  });

  it('lets a hook swap image srcs for data: URIs, but only raster base64 ones', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const out = (swap: string | undefined) => renderRichText(doc(p(img({ src: '/api/w/ws/files/f1', alt: 'A' }))), { imageSrc: () => swap });
    expect(out(png)).toBe(`<p><img src="${png}" alt="A"></p>`);
    expect(out(undefined)).toBe('<p><span class="minga-image-missing">[A]</span></p>');
    expect(out('data:text/html;base64,PHNjcmlwdD4=')).toContain('minga-image-missing');
    expect(out('data:image/svg+xml;base64,PHN2Zz4=')).toContain('minga-image-missing');
    expect(out('data:image/png;base64,"onerror="alert(1)')).toContain('minga-image-missing');
  });

  it('drops nodes and marks off the allow-list but keeps their words', () => {
    expect(renderRichText(doc({ type: 'script', content: [t('alert(1)')] }, p(t('x', [{ type: 'highlight', attrs: { style: 'color:red' } }]))))).toBe('alert(1)<p>x</p>');
    expect(renderRichText(doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }))).toBe('');
  });

  it('ignores attributes it does not know and out-of-range numbers', () => {
    expect(renderRichText(doc({ type: 'heading', attrs: { level: 7, style: 'x', onclick: 'alert(1)' }, content: [t('H')] }))).toBe('<h2>H</h2>');
    expect(renderRichText(doc({ type: 'orderedList', attrs: { start: '1" onclick="x', type: 'x' }, content: [] }))).toBe('<ol></ol>');
    expect(renderRichText(doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1e9, rowspan: 2 } }] }] })))
      .toBe('<table><tbody><tr><td rowspan="2"></td></tr></tbody></table>');
  });

  it('returns nothing for what is not a document, and survives a very deep one', () => {
    for (const bad of [null, undefined, 'text', 42, [], { type: 'paragraph' }, { type: 'doc', content: 'x' }]) expect(renderRichText(bad)).toBe('');
    let deep: unknown = t('bottom');
    for (let i = 0; i < 20000; i++) deep = { type: 'blockquote', content: [deep] };
    const html = renderRichText(doc(deep));
    expect(html).toContain('bottom');
    expect(html.split('<blockquote>').length - 1).toBeLessThanOrEqual(40);
  });
});
