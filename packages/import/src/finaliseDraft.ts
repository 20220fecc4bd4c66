import { UnitDraftSchema, type UnitDraft, type UnitDraftInput } from '@minga/schema';
import type { z } from 'zod';
import { ImportError } from './types.ts';

/** A zod issue path as people read it: `steps[2].minutes`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

/** The first issue of a zod error, as one readable sentence and its path. */
export function describeIssue(error: z.ZodError): { message: string; path: string; rawPath: PropertyKey[] } {
  const issue = error.issues[0];
  const rawPath = [...(issue?.path ?? [])];
  const path = formatPath(rawPath);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return { message: `${path || 'the unit'}: ${issue?.message ?? 'is invalid'}${more}`, path, rawPath };
}

/**
 * Checks a draft the parsers built against the unit schema, filling defaults and fresh ids.
 * `lineOfPath` lets Markdown say which front matter line holds the bad value.
 */
export function finaliseDraft(input: UnitDraftInput, lineOfPath?: (path: PropertyKey[]) => number | undefined): UnitDraft {
  const parsed = UnitDraftSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { message, path, rawPath } = describeIssue(parsed.error);
  const line = lineOfPath?.(rawPath);
  throw new ImportError('invalid_unit', line === undefined ? message : `${message} (line ${line})`, line === undefined ? { path } : { path, line });
}
