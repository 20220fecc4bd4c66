import type { Session } from '@minga/schema';
import { clampText, oneLine } from './clampText.ts';

/**
 * How the promotional sheet holds what people wrote, decided before it is drawn, so the session
 * page can say it before anyone exports: the regular type on one A4 page; else smaller type; else
 * the body flows onto a second page. Only what would not fit on two pages is shortened, and the
 * layout names what it shortened. Heights are estimated in millimetres from character counts in
 * DejaVu Sans, the widest of the usual fallback fonts, so any system font takes less room.
 */

/** What the sheet may have to shorten: whatever is left is always shown whole. */
export type PromoSheetPart = 'description' | 'objectives' | 'facilitators';

export interface PromoSheetLayout {
  /** `compact`: smaller type, chosen when the regular type would not hold on the pages. */
  size: 'regular' | 'compact';
  pages: 1 | 2;
  /** The description's paragraphs, whole unless `shortened` names it. */
  description: string[];
  objectives: string[];
  /** Objectives left out (said on the sheet as "and N more"). */
  moreObjectives: number;
  facilitators: string[];
  moreFacilitators: number;
  /** What had to be shortened to fit two pages; empty when everything is whole. */
  shortened: PromoSheetPart[];
}

const PT = 0.3528;
/** DejaVu Sans' average advance for prose, in em, with room for the ends of wrapped lines (measured: heights come out 5–10 % above Chromium's). */
const CHAR_EM = 0.56;
const WIDTH = 174;
const FACT_WIDTH = 82;
const A4 = 297;
/** Room on two pages (PROMO_SHEET_FLOW_CSS: the first keeps 12 mm at its foot, the second 14 mm at its head too). */
const TWO_PAGES = A4 - 12 + (A4 - 14 - 12);
/** Left free on each page, for breaks the estimate cannot see (a list item never splits). */
const SAFETY = 8;

/** The type sizes, in points, of each size (PROMO_SHEET_CSS uses the same numbers). */
export const PROMO_TYPE: Record<PromoSheetLayout['size'], TypeSizes> = {
  regular: { title: 24, audience: 13, lead: 12, body: 11 },
  compact: { title: 20, audience: 11.5, lead: 10.5, body: 10 },
};

interface TypeSizes {
  title: number;
  audience: number;
  lead: number;
  body: number;
}

const charCount = (text: string) => Array.from(text).length;

/** Lines a text takes at `pt` points in `width` mm. */
function lines(text: string, pt: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (pt * PT * CHAR_EM)));
  return Math.max(1, Math.ceil(charCount(text) / perLine));
}

const height = (text: string, pt: number, lineHeight: number, width = WIDTH) => lines(text, pt, width) * pt * PT * lineHeight;

interface Texts {
  title: string;
  audience: string;
  when: string;
  place: string;
  footer: string;
}

/** Everything around the body: the band, the facts panel, the footer. */
function frameHeight(t: Texts, type: TypeSizes): number {
  const band = 24 + 5 + 6 + height(t.title, type.title, 1.15) + (t.audience ? height(t.audience, type.audience, 1.35) : 0);
  const factRow = (value: string) => 5 + height(value, 11.5, 1.3, FACT_WIDTH);
  const facts = 12 + 4 + Math.max(factRow(t.when), factRow(t.place)) + factRow('') + 5;
  const footer = 13 + height(t.footer, 8.5, 1.4);
  return band + facts + footer + 5;
}

const paragraphsOf = (text: string) => text.split(/\r\n|\r|\n/).map((p) => oneLine(p)).filter((p) => p !== '');
const descriptionHeight = (paragraphs: string[], type: TypeSizes) =>
  paragraphs.reduce((sum, p, i) => sum + height(p, i === 0 ? type.lead : type.body, 1.45) + 2.5, 0);
const SECTION_HEAD = 13;
const objectiveHeight = (text: string, pt: number) => height(text, pt, 1.4, WIDTH - 5) + 1.5;
const listHeight = (items: string[], pt: number) => (items.length === 0 ? 0 : SECTION_HEAD + items.reduce((sum, o) => sum + objectiveHeight(o, pt), 0));

export interface PromoSheetTexts {
  /** The audience line with its label, the date as the sheet writes it, and the footer: they take room too. */
  audience: string;
  when: string;
  footer: string;
}

/** How the promotional sheet of `session` lays out: type size, pages, and what (if anything) it shortens. */
export function planPromoSheet(session: Session, { audience, when, footer }: PromoSheetTexts): PromoSheetLayout {
  const t: Texts = { title: session.title, audience, when, place: session.place, footer };
  const description = paragraphsOf(session.promotionalDescription);
  const objectives = session.objectives.map((o) => oneLine(o.text)).filter((o) => o !== '');
  const names = session.facilitators.map((f) => f.name.trim()).filter((n) => n !== '');
  const whole = { description, objectives, moreObjectives: 0, facilitators: names, moreFacilitators: 0, shortened: [] };

  for (const size of ['regular', 'compact'] as const) {
    const type = PROMO_TYPE[size];
    const body = descriptionHeight(description, type) + listHeight(objectives, type.body) + listHeight(names.length ? [names.join(', ')] : [], type.body);
    if (frameHeight(t, type) + body <= A4 - SAFETY) return { size, pages: 1, ...whole };
    if (size === 'compact' && frameHeight(t, type) + body <= TWO_PAGES - SAFETY * 2) return { size, pages: 2, ...whole };
  }
  const type = PROMO_TYPE.compact;
  let room = TWO_PAGES - SAFETY * 2 - frameHeight(t, type);
  const shortened: PromoSheetPart[] = [];

  // People's names first, three lines at most: a list of fifty names says little more than ten.
  const nameLines = 3;
  const perLine = Math.floor(WIDTH / (type.body * PT * CHAR_EM));
  const keptNames: string[] = [];
  for (const name of names) {
    if (charCount([...keptNames, name].join(', ')) > nameLines * perLine - 30) break;
    keptNames.push(name);
  }
  if (keptNames.length < names.length) shortened.push('facilitators');
  if (keptNames.length === 0 && names.length > 0) keptNames.push(clampText(names[0]!, perLine));
  room -= listHeight(keptNames.length ? [keptNames.join(', ')] : [], type.body);

  // Then the description, whole when the objectives leave it room, else at least half the room.
  const objectivesNeed = listHeight(objectives, type.body);
  const descriptionNeed = descriptionHeight(description, type);
  const descriptionRoom = Math.max(room - objectivesNeed, Math.min(descriptionNeed, room / 2));
  const keptDescription = descriptionNeed <= descriptionRoom ? description : clampDescription(description, descriptionRoom, type);
  if (keptDescription !== description) shortened.push('description');
  room -= descriptionHeight(keptDescription, type);

  // Then as many whole objectives as the rest holds, the first one shortened if it alone is too long.
  const keptObjectives: string[] = [];
  let used = objectives.length > 0 ? SECTION_HEAD + objectiveHeight('…', type.body) : 0;
  for (const objective of objectives) {
    const next = objectiveHeight(objective, type.body);
    if (used + next > room) {
      if (keptObjectives.length === 0) keptObjectives.push(clampText(objective, Math.max(40, Math.floor(((room - used) / (type.body * PT * 1.4)) * perLine))));
      break;
    }
    keptObjectives.push(objective);
    used += next;
  }
  if (keptObjectives.length < objectives.length || keptObjectives.some((o, i) => o !== objectives[i])) shortened.push('objectives');

  return {
    size: 'compact',
    pages: 2,
    description: keptDescription,
    objectives: keptObjectives,
    moreObjectives: objectives.length - keptObjectives.length,
    facilitators: keptNames,
    moreFacilitators: names.length - keptNames.length,
    shortened: (['description', 'objectives', 'facilitators'] as const).filter((part) => shortened.includes(part)),
  };
}

/** The first paragraphs that fit `room` mm, the last one cut at a word with "…". */
function clampDescription(paragraphs: string[], room: number, type: TypeSizes): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, paragraph] of paragraphs.entries()) {
    const pt = i === 0 ? type.lead : type.body;
    const need = height(paragraph, pt, 1.45) + 2.5;
    if (used + need <= room) {
      kept.push(paragraph);
      used += need;
      continue;
    }
    const lineRoom = Math.floor((room - used - 2.5) / (pt * PT * 1.45));
    if (lineRoom > 0) kept.push(clampText(paragraph, lineRoom * Math.floor(WIDTH / (pt * PT * CHAR_EM))));
    else if (kept.length > 0) kept[kept.length - 1] = `${kept[kept.length - 1]} …`;
    break;
  }
  return kept;
}
