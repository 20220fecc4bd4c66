import type { BlockNode, RichTextDoc } from './richText.ts';

/**
 * The layouts a slide can start from. A layout is only a starting structure written into the
 * slide's rich text (a title heading, a two-cell table for two columns…), not a field of its
 * own: the deck, the offline export and the PDF render it like any slide, with no new format.
 */
export const SLIDE_LAYOUTS = ['titleText', 'twoColumns', 'titleImage', 'section'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

const heading = (level: 1 | 2): BlockNode => ({ type: 'heading', attrs: { level } });
const paragraph = (): BlockNode => ({ type: 'paragraph' });
const column = () => ({ type: 'tableCell' as const, content: [paragraph()] });

/** The blocks a layout starts a slide with (empty, for the person to fill in). */
export function slideLayoutBlocks(layout: SlideLayout): BlockNode[] {
  switch (layout) {
    case 'titleText':
    case 'titleImage':
      return [heading(2), paragraph()];
    case 'twoColumns':
      return [heading(2), { type: 'table', content: [{ type: 'tableRow', content: [column(), column()] }] }];
    case 'section':
      return [heading(1)];
  }
}

/** A new slide's content: a title and a body, so its first line shows as a title on the projector. */
export function newSlideContent(): RichTextDoc {
  return { type: 'doc', content: slideLayoutBlocks('titleText') };
}
