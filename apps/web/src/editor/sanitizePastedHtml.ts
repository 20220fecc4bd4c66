import DOMPurify from 'dompurify';
import { isSafeLinkHref } from '@minga/schema';
import { allowedImageSrc, currentOrigin } from './imageSrc.ts';

/** What sanitizePastedHtml kept, and how many images it had to leave out. */
export interface SanitizedHtml {
  html: string;
  /** Images whose source the document may not hold (inlined `data:`, relative, non-https). */
  droppedImages: number;
}

// Form controls, embeds and media are dropped: none of them is in the editor's schema, and their
// content (a <select>'s options, a <style>'s CSS) is not text anyone meant to paste.
const FORBIDDEN_TAGS = [
  'style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'video', 'audio', 'source', 'track', 'picture', 'canvas', 'template', 'link', 'meta', 'base',
];

/**
 * Cleans HTML from the clipboard or a drop before Tiptap parses it: no script, no event handler,
 * no style; links only to http(s) or mailto (others lose their href and stay as text); images
 * only from an allowed source (others are removed). Tiptap's schema then keeps only the allowed
 * nodes. Parsing happens in an inert document, so nothing in the HTML loads or runs.
 * Where there is no DOM to sanitise with, nothing passes.
 */
export function sanitizePastedHtml(html: string, origin = currentOrigin()): SanitizedHtml {
  if (!DOMPurify.isSupported) return { html: '', droppedImages: 0 };
  const body = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: ['style', 'srcset', 'sizes', 'background', 'formaction', 'action'],
    // data-pm-slice keeps the shape of what was copied from another Minga editor (open lists).
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-pm-slice', 'colwidth'],
    RETURN_DOM: true,
  }) as HTMLElement; // the <body> of an inert document

  for (const link of body.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    if (href !== null && !isSafeLinkHref(href.trim())) link.removeAttribute('href');
  }
  let droppedImages = 0;
  for (const image of body.querySelectorAll('img')) {
    const src = allowedImageSrc(image.getAttribute('src'), origin);
    if (src === null) {
      image.remove();
      droppedImages += 1;
    } else {
      image.setAttribute('src', src);
    }
  }
  return { html: body.innerHTML, droppedImages };
}
