/**
 * Which URLs rich text may point to. Links and images come from pastes and imports, so these
 * checks are the last line against `javascript:` links and images inlined as `data:` URLs.
 */

const CONTROL_OR_SPACE = /[\p{Cc}\s]/u;
// Host then optional path/query/fragment; quotes and angle brackets never appear in a clean URL.
const HTTP_URL = /^https?:\/\/[^/?#<>"'`\\]+(?:[/?#][^<>"'`\\]*)?$/i;
const HTTPS_URL = /^https:\/\/[^/?#<>"'`\\]+(?:[/?#][^<>"'`\\]*)?$/i;
const MAILTO = /^mailto:[^<>"'`\\/]+$/i;

/** Path of a file uploaded to the server: `/api/w/<workspaceId>/files/<fileId>` (an extension is tolerated). */
export const UPLOAD_PATH_PATTERN = /^\/api\/w\/[A-Za-z0-9_-]{1,64}\/files\/[A-Za-z0-9_-]{1,64}(?:\.[A-Za-z0-9]{1,10})?$/;

/** True for an absolute http(s) URL without spaces or control characters. */
export function isHttpUrl(url: string): boolean {
  return !CONTROL_OR_SPACE.test(url) && HTTP_URL.test(url);
}

/** True for a link target rich text may hold: http(s) or mailto, never `javascript:` or `data:`. */
export function isSafeLinkHref(href: string): boolean {
  return !CONTROL_OR_SPACE.test(href) && (HTTP_URL.test(href) || MAILTO.test(href));
}

/** True for an image source rich text may hold: a server upload path or an https URL. */
export function isAllowedImageSrc(src: string): boolean {
  return !CONTROL_OR_SPACE.test(src) && (UPLOAD_PATH_PATTERN.test(src) || HTTPS_URL.test(src));
}
