import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RichTextSchema } from './richText.ts';
import { isAllowedImageSrc, isSafeLinkHref } from './richTextSafety.ts';

const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const linked = (href: string) => para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] });
const image = (src: string) => ({ type: 'doc', content: [{ type: 'image', attrs: { src } }] });
const errorOf = (input: unknown) => {
  const result = RichTextSchema.safeParse(input);
  return result.success ? '' : z.prettifyError(result.error);
};

describe('RichTextSchema', () => {
  it('refuses javascript:, data: and relative links, and accepts http(s) and mailto', () => {
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', '/w/x', 'java\nscript:x']) {
      expect(errorOf(linked(href)), href).toMatch(/links must start with http:\/\/, https:\/\/ or mailto:/);
    }
    for (const href of ['https://example.org/a?b=c#d', 'http://localhost:5173', 'mailto:a@example.org?subject=Hi']) {
      expect(errorOf(linked(href)), href).toBe('');
    }
  });

  it('accepts images uploaded to the server or on https, never inlined or on plain http', () => {
    expect(errorOf(image('/api/w/ws1/files/abc'))).toBe('');
    expect(errorOf(image('https://example.org/a.png'))).toBe('');
    for (const src of ['data:image/png;base64,AAAA', 'http://example.org/a.png', '/api/w/ws1/files/../../x', 'x']) {
      expect(errorOf(image(src)), src).toMatch(/images must be uploaded to the server/);
    }
  });

  it('refuses node and mark types outside the allow-list, naming them', () => {
    expect(errorOf({ type: 'doc', content: [{ type: 'script', content: [] }] })).toMatch(/node type "script" is not allowed here/);
    expect(errorOf(para({ type: 'text', text: 'x', marks: [{ type: 'underline' }] }))).toMatch(/unknown mark type "underline"/);
    expect(errorOf(para({ type: 'text', text: 'x', marks: [{ type: 'bold', attrs: { onclick: 'x' } }] }))).toMatch(/Unrecognized key: "onclick"/);
  });

  it('refuses nodes in the wrong place', () => {
    expect(errorOf(para({ type: 'paragraph' }))).toMatch(/"paragraph" is not allowed inside a paragraph/);
    expect(errorOf({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] })).toMatch(/lists may only contain listItem nodes/);
    expect(errorOf({ type: 'doc', content: [{ type: 'heading', attrs: { level: 4 } }] })).toMatch(/heading level must be 1, 2 or 3/);
    expect(errorOf({ type: 'paragraph' })).toMatch(/rich text must be a Tiptap document/);
    expect(errorOf(para({ type: 'image', attrs: { src: 'https://a.b/c.png' } }))).toMatch(/"image" is not allowed inside a paragraph/);
  });

  it('refuses empty lists, quotes and tables, as the editor would', () => {
    expect(errorOf({ type: 'doc', content: [{ type: 'bulletList', content: [] }] })).toMatch(/at least one of its items[\s\S]*content\[0\]\.content/);
    expect(errorOf({ type: 'doc', content: [{ type: 'blockquote' }] })).toMatch(/must be a list of blocks/);
    expect(errorOf({ type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [] }] }] })).toMatch(/at least one of its cells/);
  });

  it('normalises what Tiptap writes: null node attributes, empty attrs, mark order, split text', () => {
    const fromEditor = {
      type: 'doc',
      content: [
        { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'a' }] },
        {
          type: 'paragraph',
          attrs: {},
          content: [
            { type: 'text', text: 'gras ', marks: [{ type: 'italic' }, { type: 'bold', attrs: {} }] },
            { type: 'text', text: 'encore', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' fin', marks: [] },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [] }] },
      ],
    };
    expect(RichTextSchema.parse(fromEditor)).toEqual({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [{ type: 'text', text: 'a' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'gras encore', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' fin' },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph' }] },
      ],
    });
  });

  it('keeps null attributes of marks, as the Yjs binding stores them', () => {
    const attrs = { href: 'https://example.org', target: '_blank', rel: null, class: null, title: null };
    const doc = para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs }] });
    expect(RichTextSchema.parse(doc)).toEqual(doc);
  });
});

describe('URL checks', () => {
  it('tell safe links and image sources apart', () => {
    expect(isSafeLinkHref('https://a.b')).toBe(true);
    expect(isSafeLinkHref('https://')).toBe(false);
    expect(isSafeLinkHref('https://a.b/"onmouseover="x')).toBe(false);
    expect(isAllowedImageSrc('/api/w/ws/files/f.png')).toBe(true);
    expect(isAllowedImageSrc('/api/w/ws/files/f?x=1')).toBe(false);
  });
});
