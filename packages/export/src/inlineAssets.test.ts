import { describe, expect, it } from 'vitest';
import { escapeInlineScript, escapeInlineStyle, speakerViewScripts, stripRemoteCss } from './inlineAssets.ts';

describe('inline assets', () => {
  it('remove every remote @import and url() from theme CSS, keeping data: URIs', () => {
    const css = [
      '@import url(https://fonts.googleapis.com/css?family=News+Cycle:400,700);',
      '@import "https://fonts.googleapis.com/css?family=Lato:400,700,400italic,700italic";',
      "@import url('//cdn.example/x.css') screen;",
      '@IMPORT url("https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;1,700");',
      '@font-face{font-family:X;src:url(data:font/woff;base64,d09GRg==) format("woff"),url(https://cdn.example/x.woff)}',
      '.a{background:url( "http://evil.example/a.png" )}.b{background:url(#grad)}.c{background:url(img/local.png)}',
    ].join('\n');
    const out = stripRemoteCss(css);
    expect(out).not.toMatch(/@import|https?:|\/\/cdn/i);
    expect(out).toContain('src:url(data:font/woff;base64,d09GRg==) format("woff"),none}');
    expect(out).toContain('.a{background:none}.b{background:url(#grad)}.c{background:none}');
  });

  it('escape closing tags and normalise newlines in inlined scripts and styles', () => {
    expect(escapeInlineScript('a("</script>");b("</SCRIPT >")\r\nc()')).toBe('a("<\\/script>");b("<\\/SCRIPT >")\nc()');
    expect(escapeInlineStyle('.a::after{content:"</style>"}\r')).toBe('.a::after{content:"<\\/style>"}\n');
  });

  it('refuse a script that would leave the parser in the double-escaped state, and accept a closed one', () => {
    expect(() => escapeInlineScript('x = "<!-- <script>"')).toThrow(/cannot be inlined safely/);
    expect(escapeInlineScript('x = "<!-- <script> -->"')).toBe('x = "<!-- <script> -->"');
    expect(escapeInlineScript('x = "<!--"; y = "-->"; z = "<script>"')).toBe('x = "<!--"; y = "-->"; z = "<script>"');
    // Escaping the inner "</script" is what would keep the parser double-escaped: refused too.
    expect(() => escapeInlineScript('x = "<!-- <script></script>"')).toThrow(/cannot be inlined safely/);
  });

  it('read the speaker view scripts out of the notes plugin’s template literal, as the browser will see them', () => {
    const plugin = 'w.document.write(`<html><script>\r\nvar a = "\\x41\\u0042\\u{43}\\\\";\\n<\\/script><script src="x.js"></script></html>`)';
    expect(speakerViewScripts(plugin)).toEqual(['\nvar a = "ABC\\";\n']);
    expect(speakerViewScripts('w.document.write(`<script>${evil}</script>`)')).toBeUndefined();
    expect(speakerViewScripts('no speaker view here')).toBeUndefined();
  });
});
