import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageUploadError, uploadImage } from './uploadImage.ts';

const target = (workspaceId: string) => ({ workspaceId, apiKey: 'edit-key' });
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const bytes = (size: number) => new Blob([new Uint8Array(size)], { type: 'image/png' });

async function failure(promise: Promise<unknown>): Promise<ImageUploadError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImageUploadError);
  return error as ImageUploadError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploadImage', () => {
  it('sends the bytes with the edit key and returns the upload path the server gave', async () => {
    const fetch = vi.fn(async () => json(201, { id: 'abcdefghijklmnopqrstuv', url: '/api/w/ws_a/files/abcdefghijklmnopqrstuv', mime: 'image/png', size: 3 }));
    vi.stubGlobal('fetch', fetch);
    const image = await uploadImage(bytes(3), target('ws_a'));
    expect(image.url).toBe('/api/w/ws_a/files/abcdefghijklmnopqrstuv');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/w/ws_a/files');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer edit-key');
  });

  it('a 415 keeps the server\'s reason', async () => {
    vi.stubGlobal('fetch', async () => json(415, { error: { code: 'unsupported_media_type', message: 'Only PNG, JPEG, GIF and WebP images are accepted.' } }));
    const error = await failure(uploadImage(bytes(3), target('ws_b')));
    expect(error.reason).toBe('unsupported');
    expect(error.serverMessage).toBe('Only PNG, JPEG, GIF and WebP images are accepted.');
    expect(error.code).toBe('unsupported_media_type');
  });

  it('after a 413, a file at least as big is refused at once with the server\'s message, a smaller one is still sent', async () => {
    const fetch = vi.fn(async () => json(413, { error: { code: 'payload_too_large', message: 'The request body is over the size limit of 5.0 MiB.' } }));
    vi.stubGlobal('fetch', fetch);
    expect((await failure(uploadImage(bytes(1000), target('ws_c')))).reason).toBe('tooLarge');
    const again = await failure(uploadImage(bytes(2000), target('ws_c')));
    expect(again.serverMessage).toBe('The request body is over the size limit of 5.0 MiB.');
    expect(again.code).toBe('payload_too_large');
    expect(fetch).toHaveBeenCalledTimes(1);
    await failure(uploadImage(bytes(999), target('ws_c')));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('never returns a url that is not an upload path, whatever answered', async () => {
    vi.stubGlobal('fetch', async () => json(201, { id: 'x', url: 'data:image/png;base64,AAAA', mime: 'image/png', size: 3 }));
    expect((await failure(uploadImage(bytes(3), target('ws_d')))).reason).toBe('other');
  });

  it('an unreachable server is a network failure, without a server message', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(uploadImage(bytes(3), target('ws_e')));
    expect(error.reason).toBe('network');
    expect(error.serverMessage).toBeNull();
    expect(error.code).toBe('network');
  });
});
