/**
 * Making third-party script and style text safe to inline in one HTML file, and keeping that
 * file off the network. Only reveal.js's own files and Minga's CSS go through here: no user text
 * is ever inlined as script or style.
 */

/** One newline convention: the HTML parser turns CR LF and CR into LF, so CSP hashes must be taken on LF text. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Thrown when a script cannot be inlined without changing how the HTML parser reads the page. */
export class InlineAssetError extends Error {
  override name = 'InlineAssetError';
}

/**
 * Script text ready for `<script>…</script>`: `</script` becomes `<\/script`, which means the
 * same inside JS strings, templates, regular expressions and comments. Refuses a script whose
 * `<!--` … `<script` sequence would leave the parser in the "double escaped" state, where even
 * the real closing tag would not end the element.
 */
export function escapeInlineScript(js: string): string {
  const escaped = normaliseNewlines(js).replace(/<\/(script)/gi, '<\\/$1');
  if (endsDoubleEscaped(escaped)) throw new InlineAssetError('this script cannot be inlined safely: it opens "<!--" then "<script" without closing them');
  return escaped;
}

/** Style text ready for `<style>…</style>`: `</style` becomes `<\/style` (the same thing in CSS). */
export function escapeInlineStyle(css: string): string {
  return normaliseNewlines(css).replace(/<\/(style)/gi, '<\\/$1');
}

/** Follows the HTML tokenizer's script-data states far enough to know where a script element would end. */
function endsDoubleEscaped(js: string): boolean {
  let state: 'data' | 'escaped' | 'double' = 'data';
  for (const match of js.matchAll(/<!(?=--)|-->|<script(?=[\t\n\f\r />])|<\/script(?=[\t\n\f\r />])/gi)) {
    const token = match[0].toLowerCase();
    if (token === '<!' && state === 'data') state = 'escaped';
    else if (token === '-->') state = 'data';
    else if (token === '<script' && state === 'escaped') state = 'double';
    else if (token === '</script' && state === 'double') state = 'escaped';
  }
  return state === 'double';
}

/**
 * CSS that loads nothing from the network: `@import` rules are removed (a single file cannot
 * import anything, and reveal's `simple`/`night`/`league` themes import Google Fonts) and every
 * `url(…)` that is not a `data:` URI or a fragment becomes `none` (relative ones could not
 * resolve from a lone file either).
 */
export function stripRemoteCss(css: string): string {
  const withoutImports = css.replace(/@import\s+(?:url\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)|"[^"]*"|'[^']*')[^;{}]*;?/gi, '');
  return withoutImports.replace(/url\(\s*("[^"]*"|'[^']*'|[^)]*)\s*\)/gi, (whole, target: string) => {
    const value = target.replace(/^["']|["']$/g, '').trim();
    return value === '' || /^data:/i.test(value) || value.startsWith('#') ? whole : 'none';
  });
}

/**
 * The inline scripts of reveal.js's speaker view. The notes plugin writes that page into an
 * `about:blank` popup, which inherits the deck's Content-Security-Policy, so their hashes must
 * be allowed too. Read from the plugin's template literal; undefined when its shape is not the
 * one reveal.js 6 ships (then the caller must not lock scripts down by hash).
 */
export function speakerViewScripts(notesPluginJs: string): string[] | undefined {
  const opening = 'document.write(`';
  const start = notesPluginJs.indexOf(opening);
  if (start < 0) return undefined;
  const html = cookTemplate(notesPluginJs, start + opening.length);
  if (html === undefined) return undefined;
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1] ?? '')) scripts.push(normaliseNewlines(match[2] ?? ''));
  }
  return scripts.length > 0 ? scripts : undefined;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The value of a template literal starting at `from`; undefined when it interpolates or does not end. */
function cookTemplate(source: string, from: number): string | undefined {
  let out = '';
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '`') return out;
    if (c === '$' && source[i + 1] === '{') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = source[++i];
    if (next === undefined) return undefined;
    if (next === 'x') {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' && source[i + 1] === '{') {
      const end = source.indexOf('}', i);
      out += String.fromCodePoint(parseInt(source.slice(i + 2, end), 16));
      i = end;
    } else if (next === 'u') {
      out += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n') {
      // line continuation
    } else {
      out += SIMPLE_ESCAPES[next] ?? next;
    }
  }
  return undefined;
}
