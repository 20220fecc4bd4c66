import { computeSessionTiming, type Session, type UnitLookup } from '@minga/schema';
import { clampParagraphs, clampText } from './clampText.ts';
import { collectCredits, licenceLabels } from './credits.ts';
import { deckTexts, type DeckLang } from './deckText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderPrintDocument } from './printDocument.ts';
import { PROMO_SHEET_CSS } from './printStyles.ts';
import { readableUnits, resolveSessionUnits } from './resolveUnits.ts';
import { clockFormat, timeRange } from './unitSlides.ts';

/**
 * The one-page promotional sheet that invites decision-makers to a session: title, audience,
 * when, where, how long, what they will take away, the description, who facilitates. It must fit
 * one A4 page whatever people typed, so every text has a budget (PROMO_SHEET_LIMITS), sized for
 * the worst case of all of them full at once; past it, text is cut at a word with "…" and lists
 * say how many items they left out. The CSS clips at the page's edge only as a last resort.
 */

export interface RenderPromoSheetInput {
  session: Session;
  /** The units the items name, for the planned duration; undefined or absent when deleted. */
  units: UnitLookup;
  lang?: DeckLang;
}

/**
 * What the sheet keeps of each text. Characters are code points; the lines are measured in
 * DejaVu Sans, the widest of the usual fallback fonts, so any system font fits too.
 */
export const PROMO_SHEET_LIMITS = {
  /** 24 pt, about 36 characters a line: three lines. */
  titleChars: 90,
  /** 13 pt, about 75 characters a line: two lines with its label. */
  audienceChars: 120,
  /** Bold in a half-width cell, about 34 characters a line: three lines. */
  placeChars: 70,
  /** 12 pt over the full width, about 72 characters a line. */
  descriptionLines: 6,
  descriptionLineChars: 72,
  descriptionParagraphs: 3,
  /** 11 pt, about 88 characters a line: two lines each; then "and N more objectives". */
  objectives: 4,
  objectiveChars: 150,
  /** Names, each cut to 40 characters, while the list stays within two lines; then "and N more people". */
  facilitatorChars: 40,
  facilitatorsChars: 150,
} as const;

const text = escapeHtml;

function fact(label: string, value: string, note?: string): string {
  return `<div><dt>${text(label)}</dt><dd>${text(value)}${note ? `<span class="minga-note">${text(note)}</span>` : ''}</dd></div>`;
}

/** The first names whose list ("A, B, C") fits in `max` characters; always the first one. */
function keptNames(names: string[], max: number): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const name of names) {
    const added = (kept.length > 0 ? 2 : 0) + Array.from(name).length;
    if (kept.length > 0 && length + added > max) break;
    kept.push(name);
    length += added;
  }
  return kept;
}

/** The promotional sheet of a session, as one standalone printable HTML document that fits one A4 page. */
export function renderPromoSheetHtml({ session, units, lang = 'fr' }: RenderPromoSheetInput): string {
  const L = PROMO_SHEET_LIMITS;
  const texts = deckTexts(lang);
  const p = texts.promo;
  const resolved = resolveSessionUnits(session, units);
  const timing = computeSessionTiming(session, readableUnits(resolved));
  const tba = p.toBeAnnounced;

  const band = [`<header class="minga-band"><p class="minga-kicker">${text(p.kicker)}</p><h1>${text(clampText(session.title, L.titleChars))}</h1>`];
  if (session.audience.trim()) band.push(`<p class="minga-audience">${text(texts.labelled(texts.audience, clampText(session.audience, L.audienceChars)))}</p>`);
  band.push('</header>');

  const schedule = session.startTime === undefined ? tba : timeRange(clockFormat(session.startTime), 0, timing.totalMinutes);
  const facts = `<dl class="minga-facts">${[
    fact(p.when, session.date ? texts.date(session.date) : tba),
    fact(p.where, session.place.trim() ? clampText(session.place, L.placeChars) : tba),
    fact(p.duration, p.durationValue(timing.totalMinutes), p.target(timing.targetMinutes)),
    fact(p.schedule, schedule || tba),
  ].join('')}</dl>`;

  const main: string[] = [];
  const description = clampParagraphs(session.promotionalDescription, { maxLines: L.descriptionLines, lineChars: L.descriptionLineChars, maxParagraphs: L.descriptionParagraphs });
  main.push(...description.map((d, i) => `<p${i === 0 ? ' class="minga-lead"' : ''}>${text(d)}</p>`));
  const objectives = session.objectives.map((o) => o.text).filter((t) => t.trim() !== '');
  if (objectives.length > 0) {
    const shown = objectives.slice(0, L.objectives).map((o) => `<li>${text(clampText(o, L.objectiveChars))}</li>`);
    if (objectives.length > L.objectives) shown.push(`<li class="minga-muted">${text(p.moreObjectives(objectives.length - L.objectives))}</li>`);
    main.push(`<h2>${text(p.objectives)}</h2><ul>${shown.join('')}</ul>`);
  }
  if (session.facilitators.length > 0) {
    const names = keptNames(session.facilitators.map((f) => clampText(f.name, L.facilitatorChars)), L.facilitatorsChars);
    if (names.length < session.facilitators.length) names.push(p.moreFacilitators(session.facilitators.length - names.length));
    main.push(`<h2>${text(p.facilitators)}</h2><p>${text(names.join(', '))}</p>`);
  }

  const licences = collectCredits([...resolved.values()]).licences;
  const footer = licences.length > 0 ? p.footer(licenceLabels(licences)) : p.footerNoUnits;

  const body = `<main class="minga-sheet">\n${band.join('')}\n${facts}\n<div class="minga-sheet-body">${main.join('\n')}</div>\n`
    + `<footer class="minga-sheet-foot">${text(footer)}</footer>\n</main>`;
  return renderPrintDocument({ lang, title: p.title(session.title), css: PROMO_SHEET_CSS, body });
}
