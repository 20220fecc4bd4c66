/**
 * @minga/import — pure parsers that turn pads, Markdown, The Carpentries' lessons and Minga JSON
 * into a validated unit draft, and a unit back into Markdown. No file system, no DOM: the server,
 * the CLI and the browser call the same functions.
 */
export { importText, DEFAULT_MAX_BYTES, type ImportOptions, type ImportResult } from './importText.ts';
export { detectFormat } from './detectFormat.ts';
export { parsePad, type PadOptions } from './parsePad.ts';
export { parseMarkdown, type MarkdownOptions } from './parseMarkdown.ts';
export { parseCarpentries, type CarpentriesOptions } from './parseCarpentries.ts';
export { parseMingaJson } from './parseMingaJson.ts';
export { accountForLines, type UnaccountedLine } from './lineAccounting.ts';
export { unitToMarkdown } from './unitToMarkdown.ts';
export { markdownToRichText } from './markdownToRichText.ts';
export { richTextToMarkdown } from './richTextToMarkdown.ts';
export { parseDuration, guessStepKind } from './durations.ts';
export {
  IMPORT_FORMATS, IMPORT_ERROR_CODES, ImportError,
  type ImportFormat, type ImportErrorCode, type ImportErrorInfo, type ImportWarning, type ParseResult, type PreviewEntry, type PreviewField,
} from './types.ts';
