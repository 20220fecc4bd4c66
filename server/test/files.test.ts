import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer;
let ws: Awaited<ReturnType<typeof createWorkspace>>;
beforeEach(async () => {
  t = await startServer({ config: { maxImageBytes: 64 * 1024 } });
  ws = await createWorkspace(t.origin);
});
afterEach(() => t.close());

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const upload = (body: Buffer | string, key = ws.editKey, type = 'image/png') =>
  fetch(`${t.origin}/api/w/${ws.id}/files`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': type }, body });

describe('image uploads', () => {
  it('an editor uploads an image and anyone with its URL can load it with its sniffed type', async () => {
    const res = await upload(PNG, ws.editKey, 'application/octet-stream');
    expect(res.status).toBe(201);
    const file = (await res.json()) as { url: string; mime: string; size: number };
    expect(file.mime).toBe('image/png');
    expect(file.url).toMatch(new RegExp(`^/api/w/${ws.id}/files/[A-Za-z0-9_-]{22}$`));
    const got = await fetch(`${t.origin}${file.url}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('a file named and declared as an image but holding HTML or SVG is refused: the content decides', async () => {
    for (const body of ['<html><script>alert(1)</script></html>', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>']) {
      const res = await upload(body, ws.editKey, 'image/png');
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/PNG, JPEG, GIF and WebP/);
    }
  });

  it('an image over the size limit is refused with 413 and a message giving the limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(80 * 1024)]);
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/limit of 64 KiB/);
  });

  it('a view key cannot upload', async () => {
    const res = await upload(PNG, ws.viewKey);
    expect(res.status).toBe(403);
  });

  it('an unknown file id is a JSON 404', async () => {
    const res = await fetch(`${t.origin}/api/w/${ws.id}/files/${'a'.repeat(22)}`);
    expect(res.status).toBe(404);
  });
});
