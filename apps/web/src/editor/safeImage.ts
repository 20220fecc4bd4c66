import Image from '@tiptap/extension-image';
import { mergeAttributes } from '@tiptap/core';
import { boundedInt, clippedText } from './attributeLimits.ts';
import { allowedImageSrc, currentOrigin } from './imageSrc.ts';

const TEXT_MAX = 1000;
const SIZE_MAX = 10000;

const dimension = (element: HTMLElement, name: string) => {
  const value = boundedInt(element.getAttribute(name), 0, SIZE_MAX);
  return value === null || value === 0 ? null : value;
};

/**
 * Block images whose source is an upload on this server or an https URL. An `<img>` in pasted
 * HTML with any other source (`x`, `data:`, `javascript:`) is not parsed at all, so it leaves
 * nothing behind; width and height are read as numbers, as the JSON form wants them.
 */
export const SafeImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null, parseHTML: (element: HTMLElement) => allowedImageSrc(element.getAttribute('src'), currentOrigin()) },
      alt: { default: null, parseHTML: (element: HTMLElement) => clippedText(element.getAttribute('alt'), TEXT_MAX) },
      title: { default: null, parseHTML: (element: HTMLElement) => clippedText(element.getAttribute('title'), TEXT_MAX) },
      width: { default: null, parseHTML: (element: HTMLElement) => dimension(element, 'width') },
      height: { default: null, parseHTML: (element: HTMLElement) => dimension(element, 'height') },
    };
  },
  parseHTML() {
    return [{
      tag: 'img[src]',
      getAttrs: (element: HTMLElement) => (allowedImageSrc(element.getAttribute('src'), currentOrigin()) ? null : false),
    }];
  },
  renderHTML({ HTMLAttributes }) {
    // A peer's document could hold any string: render only a source the schema allows.
    const src = allowedImageSrc(typeof HTMLAttributes.src === 'string' ? HTMLAttributes.src : null, currentOrigin());
    return ['img', mergeAttributes(this.options.HTMLAttributes, { ...HTMLAttributes, src: src ?? '' })];
  },
}).configure({ inline: false, allowBase64: false });
