import { detectFormat } from './detectFormat.ts';
import { parseCarpentries } from './parseCarpentries.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { parseMingaJson } from './parseMingaJson.ts';
import { parsePad } from './parsePad.ts';
import { lineAt, normaliseNewlines } from './text.ts';
import { ImportError, type ImportErrorInfo, type ImportFormat, type ImportWarning, type ParseResult, type PreviewEntry } from './types.ts';
import type { UnitDraft } from '@minga/schema';

/** Default size limit of an import: 1 MiB, far above any pad or lesson. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface ImportOptions {
  /** The file's name, when there is one: its extension helps tell the format. */
  filename?: string;
  /** Refuse inputs larger than this many bytes (UTF-8). Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Force a format instead of detecting it. */
  format?: ImportFormat;
  /** Where the text was taken from (a pad's or a lesson's address): kept as the unit's source. */
  sourceUrl?: string;
}

export type ImportResult =
  | { ok: true; format: ImportFormat; draft: UnitDraft; warnings: ImportWarning[]; preview: PreviewEntry[] }
  | { ok: false; error: ImportErrorInfo };

// TextDecoder and TextEncoder exist in browsers and Node alike; the packages' lib settings leave them untyped.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string };
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/**
 * The one entry point: bytes or text in, a validated unit draft (with warnings and a preview of
 * what went where) or an error saying what and where out. Pure, and all or nothing: an error
 * never comes with a partial draft.
 */
export function importText(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    const text = decode(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const format = options.format ?? detectFormat(text, options.filename);
    const result = parse(format, text, options.sourceUrl);
    const titled = withFallbackTitle(result, options.filename);
    return { ok: true, format, draft: titled.draft, warnings: titled.warnings, preview: titled.preview };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.toInfo() };
    throw e;
  }
}

function parse(format: ImportFormat, text: string, sourceUrl: string | undefined): ParseResult {
  const source = sourceUrl ? { sourceUrl } : {};
  switch (format) {
    case 'pad': return parsePad(text, source);
    case 'markdown': return parseMarkdown(text, source);
    case 'carpentries': return parseCarpentries(text, source);
    case 'minga-json': return parseMingaJson(text);
  }
}

/** The input as checked text: not binary, not too large, valid UTF-8, not empty; newlines as `\n`. */
function decode(input: string | Uint8Array, maxBytes: number): string {
  let text: string;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).length;
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes);
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(input);
    if (lone) throw new ImportError('invalid_utf8', `the text holds a broken character (an unpaired surrogate) on line ${lineAt(input, lone.index)}`, { line: lineAt(input, lone.index) });
    text = input;
  } else {
    if (input.length > maxBytes) throw tooLarge(input.length, maxBytes);
    if (input.includes(0)) throw binary();
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const offset = firstInvalidUtf8(input);
      const line = lineOfByte(input, offset);
      throw new ImportError('invalid_utf8', `the file is not valid UTF-8: the byte at offset ${offset} (line ${line}) does not begin or continue a character; save it as UTF-8 and try again`, { line });
    }
  }
  if (looksBinary(text)) throw binary();
  text = normaliseNewlines(text);
  if (!text.trim()) throw new ImportError('empty', 'there is nothing to import: the text is empty');
  return text;
}

function tooLarge(bytes: number, max: number): ImportError {
  return new ImportError('too_large', `the file is ${formatBytes(bytes)}; imports are limited to ${formatBytes(max)}`);
}

function binary(): ImportError {
  return new ImportError('binary', 'this is not text (it looks like a binary file: an image, a PDF, an office document?); import a pad\'s text, Markdown or unit JSON');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`;
}

/** NUL characters, or more than 10% control characters (tabs and line breaks aside), in the first 8000. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  return controls > sample.length * 0.1;
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** A draft without a title takes the file's name ("atelier-communs.txt" → "atelier communs"). */
function withFallbackTitle(result: ParseResult, filename: string | undefined): ParseResult {
  if (result.draft.title || !filename) return result;
  const base = filename.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim().slice(0, 200);
  if (!base) return result;
  return {
    draft: { ...result.draft, title: base },
    warnings: [...result.warnings, { code: 'title_from_filename', message: `no title in the text: the file's name "${base}" was used`, params: { value: base } }],
    preview: [...result.preview, { field: 'title', from: 'the file\'s name', summary: base }],
  };
}
