import { describe, expect, it } from 'vitest';
import { allowedImageSrc } from './imageSrc.ts';

const ORIGIN = 'https://minga.example';
const UPLOAD = '/api/w/ws_1/files/abcdefghijklmnopqrstuv';

describe('image sources a slide may hold', () => {
  it('keeps uploads on this server and https images', () => {
    expect(allowedImageSrc(UPLOAD, ORIGIN)).toBe(UPLOAD);
    expect(allowedImageSrc('https://images.example/cat.png', ORIGIN)).toBe('https://images.example/cat.png');
  });

  it('turns an absolute link to an upload on this server into its path', () => {
    expect(allowedImageSrc(`${ORIGIN}${UPLOAD}`, ORIGIN)).toBe(UPLOAD);
    expect(allowedImageSrc(`http://127.0.0.1:4391${UPLOAD}`, 'http://127.0.0.1:4391')).toBe(UPLOAD);
  });

  it('refuses inlined, relative, scripted and plain-http sources', () => {
    for (const src of ['x', 'data:image/png;base64,iVBORw0KGgo=', 'blob:https://minga.example/1', 'javascript:alert(1)', 'http://images.example/cat.png', '', null]) {
      expect(allowedImageSrc(src, ORIGIN), String(src)).toBeNull();
    }
  });
});
