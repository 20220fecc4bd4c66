import { ERROR_STATUS, type ErrorCode } from '@minga/schema';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { testTranslations } from '../i18n/testTranslations.ts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';
import { API_ERROR_MESSAGES, apiErrorCode, apiErrorMessage, type ApiErrorKind } from './errorMessage.ts';

let t: Record<'fr' | 'en', TFunction>;

beforeAll(async () => {
  t = await testTranslations();
});

const SERVER_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
const ALL_KINDS = Object.keys(API_ERROR_MESSAGES) as ApiErrorKind[];

describe('apiErrorMessage', () => {
  it('knows every code of the API, and the client’s own', () => {
    expect(ALL_KINDS).toEqual(expect.arrayContaining([...SERVER_CODES, NETWORK_ERROR, 'bad_response']));
  });

  it.each(['fr', 'en'] as const)('gives every code a sentence of its own in %s, never the code or the server’s message', (lng) => {
    const seen = new Set<string>();
    for (const code of ALL_KINDS) {
      const message = apiErrorMessage(t[lng], new ApiError(code, 'SERVER ENGLISH MESSAGE', 400));
      expect(message, code).not.toBe(code);
      expect(message, code).not.toContain(API_ERROR_MESSAGES[code]);
      expect(message, code).not.toContain('SERVER ENGLISH MESSAGE');
      expect(message.length, code).toBeGreaterThan(20);
      seen.add(message);
    }
    // One sentence per code: none falls back to another's.
    expect(seen.size).toBe(ALL_KINDS.length);
  });

  it('speaks the language asked', () => {
    const readOnly = new ApiError('read_only', 'This key can only read.', 403);
    expect(apiErrorMessage(t.fr, readOnly)).toBe('Ce lien permet de consulter, pas de modifier. Pour modifier, demandez le lien d’édition.');
    expect(apiErrorMessage(t.en, readOnly)).toBe('This is a view link: it lets you read, not change. Ask for the edit link to make changes.');
    const offline = new ApiError(NETWORK_ERROR, 'TypeError: Failed to fetch', 0);
    expect(apiErrorMessage(t.fr, offline)).toContain('injoignable');
    expect(apiErrorMessage(t.en, offline)).toContain('cannot be reached');
    expect(apiErrorMessage(t.fr, new ApiError('wrong_key', 'x', 403))).toContain('nouveau lien');
    expect(apiErrorMessage(t.en, new ApiError('too_many_requests', 'x', 429))).toContain('Wait a moment');
  });

  it('says the size limit when the server gave it, in the language’s number format', () => {
    const tooBig = new ApiError('payload_too_large', 'The request body is over the size limit of 5.5 MiB.', 413);
    expect(apiErrorMessage(t.fr, tooBig)).toContain('au plus 5,5 Mo');
    expect(apiErrorMessage(t.en, tooBig)).toContain('at most 5.5 MB');
    const kib = new ApiError('payload_too_large', 'over the size limit of 512 KiB.', 413);
    expect(apiErrorMessage(t.en, kib)).toContain('at most 0.5 MB');
    const importTooBig = new ApiError('payload_too_large', 'the file is 1.2 MiB; imports are limited to 1.0 MiB', 413);
    expect(apiErrorMessage(t.fr, importTooBig)).toContain('au plus 1 Mo');
    const noLimit = new ApiError('payload_too_large', 'Too large.', 413);
    expect(apiErrorMessage(t.en, noLimit)).toBe(t.en('apiErrors.payload_too_large'));
  });

  it('has a readable fallback for unknown codes and errors that are no API errors', () => {
    const unknown = t.fr('apiErrors.unknown');
    expect(apiErrorMessage(t.fr, new ApiError('something_new', 'Whatever', 418))).toBe(unknown);
    expect(apiErrorMessage(t.fr, new Error('boom'))).toBe(unknown);
    expect(apiErrorMessage(t.fr, 'a string')).toBe(unknown);
    expect(apiErrorMessage(t.fr, undefined)).toBe(unknown);
    // fetch throws a TypeError when nothing answers.
    expect(apiErrorCode(new TypeError('Failed to fetch'))).toBe(NETWORK_ERROR);
    expect(apiErrorMessage(t.en, new TypeError('Failed to fetch'))).toBe(t.en('apiErrors.network'));
  });
});
