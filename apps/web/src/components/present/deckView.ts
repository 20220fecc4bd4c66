import { renderSlideHtml, type Deck, type DeckSlide } from '@minga/export';

/**
 * A deck as the app shows it: each slide's `<section>` from renderSlideHtml (the same markup as
 * the exported file, escaped by construction), its speaker notes, and a short label for the
 * slide picker and the speaker view.
 */
export interface SlideView {
  id: string;
  kind: DeckSlide['kind'];
  html: string;
  notesHtml: string;
  label: string;
}

const NOTES_OPEN = '<aside class="notes">';
const NOTES_CLOSE = '</aside></section>';

/**
 * The inside of a rendered slide's notes. renderSlideHtml always ends a section with its notes
 * aside, and user text cannot hold a literal `<aside` (it is escaped), so the last one is it.
 */
export function notesHtmlOf(sectionHtml: string): string {
  const start = sectionHtml.lastIndexOf(NOTES_OPEN);
  if (start < 0 || !sectionHtml.endsWith(NOTES_CLOSE)) return '';
  return sectionHtml.slice(start + NOTES_OPEN.length, sectionHtml.length - NOTES_CLOSE.length);
}

/** The text of a rich text node, depth-first, stopping once there is enough for a label. */
function firstText(node: unknown, limit = 80): string {
  let text = '';
  const stack: unknown[] = [node];
  while (stack.length > 0 && text.length < limit) {
    const n = stack.pop() as { text?: unknown; content?: unknown } | null;
    if (typeof n !== 'object' || n === null) continue;
    if (typeof n.text === 'string') text += n.text;
    else if (text !== '' && !text.endsWith(' ')) text += ' ';
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length > limit ? `${trimmed.slice(0, limit - 1)}…` : trimmed;
}

/** A short plain-text name for a slide (its title or its first words). */
export function slideLabel(slide: DeckSlide): string {
  switch (slide.kind) {
    case 'title':
    case 'section':
    case 'free':
    case 'missing':
      return slide.title;
    case 'agenda':
    case 'nextSteps':
    case 'credits':
      return slide.heading;
    case 'content':
      return firstText(slide.content);
    default:
      return '';
  }
}

/** The slides of a deck, rendered once. */
export function deckView(deck: Deck): SlideView[] {
  return deck.slides.map((slide) => {
    const html = renderSlideHtml(slide);
    return { id: slide.id, kind: slide.kind, html, notesHtml: notesHtmlOf(html), label: slideLabel(slide) };
  });
}
