import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnitListSchema, VersionMetaSchema } from '@minga/schema';
import { ApiError } from './ApiError.ts';
import { request } from './apiClient.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request()', () => {
  it('parses the reply with the schema of packages/schema, and sends the key in the header', async () => {
    const fetch = vi.fn(async () => json(201, { id: 3, kind: 'named', label: 'Avant Brest', author: 'Amel', createdAt: '2026-12-04T10:00:00.000Z' }));
    vi.stubGlobal('fetch', fetch);
    const version = await request('POST', '/api/w/ws/docs/d/versions', { key: 'edit-key', body: { label: 'Avant Brest', author: 'Amel' }, schema: VersionMetaSchema });
    expect(version.label).toBe('Avant Brest');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/w/ws/docs/d/versions');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer edit-key');
    expect(init.body).toBe(JSON.stringify({ label: 'Avant Brest', author: 'Amel' }));
  });

  it('an answer that does not read as its schema is bad_response, which apiErrorMessage words', async () => {
    vi.stubGlobal('fetch', async () => json(200, { units: [{ id: 'u' }], total: 1 }));
    const error = await refusal(request('GET', '/api/w/ws/units', { key: 'k', schema: UnitListSchema }));
    expect(error.code).toBe('bad_response');
    expect(error.status).toBe(200);
  });

  it('a refusal carries the server’s code, status and other fields', async () => {
    vi.stubGlobal('fetch', async () => json(400, { error: { code: 'invalid_import', message: 'front matter: line 2', reason: 'front_matter', line: 2 } }));
    const error = await refusal(request('POST', '/api/w/ws/import', { key: 'k', body: { text: '---' }, schema: UnitListSchema }));
    expect([error.code, error.status, error.details]).toEqual(['invalid_import', 400, { reason: 'front_matter', line: 2 }]);
  });

  it('nothing answering, or something that is not Minga, is network', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await refusal(request('GET', '/api/w/ws/units', { schema: UnitListSchema }))).isNetwork).toBe(true);
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    expect((await refusal(request('GET', '/api/w/ws/units', { schema: UnitListSchema }))).isNetwork).toBe(true);
  });

  it('sends a Blob as raw bytes with its own type', async () => {
    const fetch = vi.fn(async () => json(201, { id: 3, kind: 'named', label: 'x', author: 'y', createdAt: 'z' }));
    vi.stubGlobal('fetch', fetch);
    const bytes = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await request('POST', '/api/w/ws/files', { key: 'k', body: bytes, schema: VersionMetaSchema });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('image/png');
    expect(init.body).toBe(bytes);
  });
});
