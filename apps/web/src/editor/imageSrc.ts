import { UPLOAD_PATH_PATTERN, isAllowedImageSrc } from '@minga/schema';

/**
 * The image source a document may hold for `src`, or null when it may hold none: a server
 * upload path or an https URL (isAllowedImageSrc). An absolute link to an upload on this
 * server (`https://minga.example/api/w/…/files/…`, as some browsers copy it) becomes the path,
 * so the document keeps working behind another address. `data:` and `blob:` URLs are refused:
 * images are uploaded, never inlined.
 */
export function allowedImageSrc(src: string | null | undefined, origin: string): string | null {
  if (!src) return null;
  const trimmed = src.trim();
  if (origin && trimmed.startsWith(`${origin}/`)) {
    const path = trimmed.slice(origin.length);
    if (UPLOAD_PATH_PATTERN.test(path)) return path;
  }
  return isAllowedImageSrc(trimmed) ? trimmed : null;
}

/** This page's origin, or '' where there is no page (tests, the server). */
export function currentOrigin(): string {
  return typeof location === 'undefined' ? '' : location.origin;
}
