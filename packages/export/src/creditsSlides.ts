import { licenceTerms, type Material } from '@minga/schema';
import type { CreditEntry, CreditsSlide } from './deck.ts';
import type { DeckTexts } from './deckText.ts';
import { contributorNames, licenceLabels, type Credits, type UnitCredits } from './credits.ts';
import { partHeading, partId } from './slideParts.ts';

/**
 * The credits slides: per unit its contributors, licence and sources, then the licences in use.
 * Everyone must be credited, so nothing is cut: units are packed onto slides by the lines they
 * take, and a unit whose credits alone would overflow a slide is split over several, "(continued)".
 */

/**
 * What one credits slide holds, in lines of text: measured in Chromium, a 1280×720 credits slide
 * holds its heading and about eighteen lines (server/test checks every slide of wordy decks fits).
 */
const CREDITS_LINES_PER_SLIDE = 18;
/** Characters a line of the credits list holds (its text is half the base size). */
const CREDITS_LINE_CHARS = 90;
/** The most lines one part of a split unit may take, leaving room for the slide's footer. */
const PART_LINES = CREDITS_LINES_PER_SLIDE - 4;

/** A unit's credits, or a part of them when they do not fit one slide. */
interface CreditsPart extends UnitCredits {
  /** A later part of a unit split over slides: its title says "(continued)" and it names no licence again. */
  continued?: boolean;
}

/** A source sits in a nested, indented list: its lines hold fewer characters. */
const SOURCE_LINE_CHARS = 76;

const wrappedLines = (text: string, lineChars = CREDITS_LINE_CHARS) => Math.max(1, Math.ceil(text.length / lineChars));
const materialLines = (material: Material) => wrappedLines(`${material.title || material.url} (${material.licence})`, SOURCE_LINE_CHARS);

/** Lines a part takes: title, contributors (a long list wraps), reviewers, licence, then its sources. */
function creditLines(part: CreditsPart): number {
  const contributors = part.contributors.length > 0 || !part.continued ? wrappedLines(contributorNames(part.contributors)) : 0;
  const reviewers = part.continued || part.reviewers.length === 0 ? 0 : wrappedLines(part.reviewers.join(', '));
  const licence = part.continued ? 0 : 1 + (part.adaptedFrom ? 1 : 0) + reviewers;
  const sources = part.materials.length > 0 ? 1 + part.materials.reduce((sum, m) => sum + materialLines(m), 0) : 0;
  return 1 + contributors + licence + sources;
}

/** Splits the credits of a unit too long for one slide: contributors first, then sources, in order. */
function splitUnit(unit: UnitCredits): CreditsPart[] {
  if (creditLines(unit) <= PART_LINES) return [unit];
  const parts: CreditsPart[] = [];
  let part: CreditsPart = { ...unit, contributors: [], materials: [] };
  const fits = (candidate: CreditsPart) => creditLines(candidate) <= PART_LINES;
  const startPart = (): CreditsPart => {
    parts.push(part);
    return { ...unit, contributors: [], materials: [], continued: true };
  };
  for (const contributor of unit.contributors) {
    const next = { ...part, contributors: [...part.contributors, contributor] };
    part = fits(next) || part.contributors.length === 0 ? next : { ...startPart(), contributors: [contributor] };
  }
  for (const material of unit.materials) {
    const next = { ...part, materials: [...part.materials, material] };
    const empty = part.contributors.length === 0 && part.materials.length === 0;
    part = fits(next) || empty ? next : { ...startPart(), materials: [material] };
  }
  parts.push(part);
  return parts;
}

function creditEntry(part: CreditsPart, texts: DeckTexts): CreditEntry {
  if (part.missing || !part.licence) {
    return { title: `${texts.missingUnitTitle} (${part.unitId})`, lines: [{ label: '', value: { text: texts.missingCredits } }], sourcesLabel: texts.sources, sources: [] };
  }
  const terms = licenceTerms(part.licence);
  const contributors = part.contributors.length > 0 ? contributorNames(part.contributors) : texts.noContributors;
  return {
    title: part.continued ? `${part.title} (${texts.continued})` : part.title,
    lines: [
      ...(part.continued && part.contributors.length === 0 ? [] : [{ label: texts.labelled(texts.contributors, ''), value: { text: contributors } }]),
      ...(part.continued || part.reviewers.length === 0 ? [] : [{ label: texts.labelled(texts.reviewedBy, ''), value: { text: part.reviewers.join(', ') } }]),
      ...(part.continued ? [] : [{ label: texts.labelled(texts.licence, ''), value: { text: terms.label, href: terms.url } }]),
      ...(part.adaptedFrom && !part.continued ? [{ label: '', value: { text: texts.adaptedFrom(licenceTerms(part.adaptedFrom).label) } }] : []),
    ],
    sourcesLabel: texts.labelled(texts.sources, ''),
    sources: part.materials.map((m) => ({ title: m.url ? { text: m.title || m.url, href: m.url } : { text: m.title }, licence: m.licence })),
  };
}

/**
 * Fills credits slides up to the lines a slide holds, so none runs off the bottom; the licence
 * footer goes on the last one, or on a slide of its own when it does not fit there.
 */
function packCredits(parts: readonly CreditsPart[], footerLines: number): CreditsPart[][] {
  const slides: CreditsPart[][] = [];
  let current: CreditsPart[] = [];
  let used = 0;
  for (const part of parts) {
    const lines = creditLines(part);
    if (current.length > 0 && used + lines > CREDITS_LINES_PER_SLIDE) {
      slides.push(current);
      current = [];
      used = 0;
    }
    current.push(part);
    used += lines;
  }
  if (current.length > 0) slides.push(current);
  if (slides.length > 0 && used + footerLines > CREDITS_LINES_PER_SLIDE) slides.push([]);
  return slides;
}

/** The credits slides of a deck. */
export function creditsSlides(credits: Credits, texts: DeckTexts): CreditsSlide[] {
  const footer: string[] = [];
  if (credits.licences.length > 0) footer.push(texts.licencesUsed(licenceLabels(credits.licences)));
  const shareAlike = credits.licences.filter((l) => licenceTerms(l).shareAlike);
  if (shareAlike.length > 0) footer.push(texts.shareAlike(licenceLabels(shareAlike)));
  // A footer sentence may wrap, and has a paragraph's margins: count three lines each.
  const slides = packCredits(credits.units.flatMap(splitUnit), footer.length * 3);
  return slides.map((part, i) => ({
    kind: 'credits',
    id: partId('credits', i),
    heading: partHeading(texts.credits, texts, i),
    entries: part.map((u) => creditEntry(u, texts)),
    footer: i === slides.length - 1 ? footer : [],
    notes: { lines: [texts.creditsNotes] },
  }));
}
