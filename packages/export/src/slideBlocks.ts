import { contentBlocks } from './contentBlocks.ts';
import type { DeckSlide } from './deck.ts';
import { BASE_PX, BLOCK_MARGIN_PX, CANVAS, CHAR_EM, HEADING_MARGIN_PX, LIST_INDENT_PX, type TextBlock } from './fitSlide.ts';

/**
 * What each kind of generated slide stacks, in the sizes of themes.ts (MINGA_THEME_CSS and
 * DECK_LAYOUT_CSS): heading, lines of text, list items, table rows; people's own slides through
 * contentBlocks.ts. Credits are paginated instead (creditsSlides.ts).
 */

/** Inside `.minga-missing`'s dashed box (padding 1em each side) in px at 100 %. */
const MISSING_BOX_WIDTH = CANVAS.width - 2 * BASE_PX;

const heading = (chars: number, em: number): TextBlock => ({ chars, em, lineHeight: 1.15, kind: 'heading', spacePx: HEADING_MARGIN_PX });
const paragraph = (chars: number, em: number): TextBlock => ({ chars, em, lineHeight: 1.35, spacePx: BLOCK_MARGIN_PX });
const listItem = (chars: number, em = 1): TextBlock => ({ chars, em, lineHeight: 1.35, spaceEm: 0.4 * em, width: CANVAS.width - LIST_INDENT_PX });
const paragraphLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Agenda table columns: time and minutes never wrap; title and facilitator share the rest. */
const AGENDA_EM = 0.68;
const AGENDA_TITLE_WIDTH = 640;
const AGENDA_WHO_WIDTH = 260;
/** Characters of facilitators' names one line of their agenda column holds at 100 %. */
const AGENDA_WHO_LINE_CHARS = AGENDA_WHO_WIDTH / (BASE_PX * AGENDA_EM * CHAR_EM.text);

/** The text blocks a slide stacks, for fitSlide.ts to size; null for credits, which are paginated to fit. */
export function slideBlocks(slide: DeckSlide): TextBlock[] | null {
  switch (slide.kind) {
    case 'title':
      return [
        heading(slide.title.length, 2),
        ...(slide.subtitle ? paragraphLines(slide.subtitle).map((line) => ({ ...paragraph(line.length, 1.1), spaceEm: 0.4 })) : []),
        ...slide.details.flatMap((detail) => paragraphLines(detail).map((line) => paragraph(line.length, 0.75))),
      ];
    case 'agenda':
      return [
        heading(slide.heading.length, 1.55),
        { chars: 0, em: 0, lineHeight: 0, spacePx: BLOCK_MARGIN_PX },
        ...slide.rows.map((row): TextBlock => ({
          chars: row.title.length,
          em: AGENDA_EM,
          lineHeight: 1.35,
          width: AGENDA_TITLE_WIDTH,
          spaceEm: AGENDA_EM * 0.5,
          spacePx: 2,
          // At 100 %: a long facilitator name wraps in its own column.
          minLines: Math.max(1, Math.ceil(row.who.length / AGENDA_WHO_LINE_CHARS)),
        })),
        ...(slide.footer ? [paragraph(slide.footer.length, 0.75)] : []),
      ];
    case 'section':
      return [
        heading(slide.title.length, 1.55),
        ...(slide.meta ? [paragraph(slide.meta.length, 0.75)] : []),
        ...(slide.objectives.length > 0 ? [heading(slide.objectivesHeading.length, 1.2), ...slide.objectives.map((o) => listItem(o.length))] : []),
      ];
    case 'nextSteps':
      return [
        heading(slide.heading.length, 1.55),
        ...(slide.items.length > 0 ? slide.items.map((item) => listItem(item.text.length)) : [paragraph(slide.empty.length, 0.75)]),
      ];
    case 'free':
      return [heading(slide.title.length, 1.55), ...(slide.meta ? [paragraph(slide.meta.length, 0.75)] : [])];
    case 'missing':
      return [
        { ...heading(slide.title.length, 1.55), width: MISSING_BOX_WIDTH, spaceEm: 1, spacePx: HEADING_MARGIN_PX + 12 },
        { ...paragraph(slide.message.length, 1), width: MISSING_BOX_WIDTH },
        ...(slide.meta ? [{ ...paragraph(slide.meta.length, 0.75), width: MISSING_BOX_WIDTH }] : []),
      ];
    case 'content':
      return contentBlocks(slide.content);
    case 'credits':
      return null;
  }
}
