import Link from '@tiptap/extension-link';
import { isSafeLinkHref } from '@minga/schema';
import { clippedText } from './attributeLimits.ts';

const LINK_REL = 'noopener noreferrer nofollow';
const LINK_TITLE_MAX = 500;

/**
 * Links limited to what the JSON form accepts: http(s) and mailto targets only, so a pasted or
 * typed `javascript:` link never becomes a link. Target, rel and class are never taken from
 * pasted HTML: every link opens the same way, in a new tab without a referrer.
 * Options: no open on click while editing (the text is being edited), autolink of typed URLs.
 */
export const SafeLink = Link.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      target: { default: '_blank', parseHTML: () => '_blank' },
      rel: { default: LINK_REL, parseHTML: () => LINK_REL },
      class: { default: null, parseHTML: () => null },
      title: { default: null, parseHTML: (element: HTMLElement) => clippedText(element.getAttribute('title'), LINK_TITLE_MAX) },
    };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => isSafeLinkHref(url),
  shouldAutoLink: (url) => isSafeLinkHref(url),
});
