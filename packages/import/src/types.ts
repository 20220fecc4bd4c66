import type { ImportWarning, ImportWarningCode, PreviewEntry, UnitDraft, WarningParams } from '@minga/schema';

export { IMPORT_WARNING_CODES, type ImportWarning, type ImportWarningCode, type PreviewEntry, type PreviewField, type WarningParams } from '@minga/schema';

/** The formats `importText` recognises. */
export const IMPORT_FORMATS = ['pad', 'markdown', 'carpentries', 'minga-json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What every parser returns: a complete, validated draft for `POST /api/w/<ws>/units`. */
export interface ParseResult {
  draft: UnitDraft;
  warnings: ImportWarning[];
  preview: PreviewEntry[];
}

/** Why an import was refused. */
export const IMPORT_ERROR_CODES = [
  'empty',
  'too_large',
  'binary',
  'invalid_utf8',
  'invalid_front_matter',
  'invalid_json',
  'invalid_unit',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** The error half of `importText`'s answer: what is wrong and where. */
export interface ImportErrorInfo {
  code: ImportErrorCode;
  message: string;
  /** 1-based line of the input, when the error has one. */
  line?: number;
  /** Path of the offending field in the unit (`steps.2.minutes`), for schema errors. */
  path?: string;
}

/** Thrown by the parse functions on input that cannot become a unit; `importText` turns it into `{ ok: false }`. */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly line?: number;
  readonly path?: string;

  constructor(code: ImportErrorCode, message: string, where: { line?: number; path?: string } = {}) {
    super(message);
    this.code = code;
    if (where.line !== undefined) this.line = where.line;
    if (where.path !== undefined) this.path = where.path;
  }

  /** The plain form `importText` answers with. */
  toInfo(): ImportErrorInfo {
    const info: ImportErrorInfo = { code: this.code, message: this.message };
    if (this.line !== undefined) info.line = this.line;
    if (this.path !== undefined) info.path = this.path;
    return info;
  }
}

/** Collects warnings during one parse; a repeated code and message is kept once, with its count. */
export class Warnings {
  private readonly entries = new Map<string, { warning: ImportWarning; count: number }>();

  add(code: ImportWarningCode, message: string, line?: number, params?: WarningParams): void {
    const key = `${code}\u0000${message}`;
    const entry = this.entries.get(key);
    if (entry) entry.count++;
    else this.entries.set(key, { warning: { code, message, ...(line === undefined ? {} : { line }), ...(params ? { params } : {}) }, count: 1 });
  }

  /** The warnings in the order they first came, "(3 times)" added to repeated ones. */
  get list(): ImportWarning[] {
    return [...this.entries.values()].map(({ warning, count }) =>
      count === 1 ? warning : { ...warning, count, message: `${warning.message} (${count} times${warning.line ? `, first on line ${warning.line}` : ''})` });
  }
}
