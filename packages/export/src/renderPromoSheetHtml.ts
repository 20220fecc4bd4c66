import { computeSessionTiming, type Session, type UnitLookup } from '@minga/schema';
import { oneLine } from './clampText.ts';
import { collectCredits, licenceLabels } from './credits.ts';
import { deckTexts, type DeckLang } from './deckText.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderPrintDocument } from './printDocument.ts';
import { PROMO_SHEET_CSS, PROMO_SHEET_FLOW_CSS } from './printStyles.ts';
import { planPromoSheet, type PromoSheetLayout } from './promoSheetLayout.ts';
import { readableUnits, resolveSessionUnits } from './resolveUnits.ts';
import { clockFormat, timeRange } from './unitSlides.ts';

/**
 * The promotional sheet that invites decision-makers to a session: title, audience, when, where,
 * how long, what they will take away, the description, who facilitates. A document sent to
 * decision-makers is never cut without a word: planPromoSheet picks smaller type or a second
 * page so the text fits whole, and only past two pages shortens, naming what it shortened (the
 * session page says so before export, see promoSheetPlan).
 */

export interface RenderPromoSheetInput {
  /** The units the items name, for the planned duration; undefined or absent when deleted. */
  units: UnitLookup;
  session: Session;
  lang?: DeckLang;
}

const text = escapeHtml;

function fact(label: string, value: string, note?: string): string {
  return `<div><dt>${text(label)}</dt><dd>${text(value)}${note ? `<span class="minga-note">${text(note)}</span>` : ''}</dd></div>`;
}

interface SheetTexts {
  texts: ReturnType<typeof deckTexts>;
  resolved: ReturnType<typeof resolveSessionUnits>;
  audience: string;
  when: string;
  footer: string;
}

function sheetTexts({ session, units, lang = 'fr' }: RenderPromoSheetInput): SheetTexts {
  const texts = deckTexts(lang);
  const resolved = resolveSessionUnits(session, units);
  const licences = collectCredits([...resolved.values()]).licences;
  return {
    texts,
    resolved,
    audience: session.audience.trim() ? texts.labelled(texts.audience, oneLine(session.audience)) : '',
    when: session.date ? texts.date(session.date) : texts.promo.toBeAnnounced,
    footer: licences.length > 0 ? texts.promo.footer(licenceLabels(licences)) : texts.promo.footerNoUnits,
  };
}

/** How the session's promotional sheet will lay out (type size, pages, what it shortens), as the renderer will draw it. */
export function promoSheetPlan(input: RenderPromoSheetInput): PromoSheetLayout {
  return planPromoSheet(input.session, sheetTexts(input));
}

/** The promotional sheet of a session, as one standalone printable HTML document of one A4 page, or two when the text needs them. */
export function renderPromoSheetHtml(input: RenderPromoSheetInput): string {
  const { session, lang = 'fr' } = input;
  const { texts, resolved, audience, when, footer } = sheetTexts(input);
  const plan = planPromoSheet(session, { audience, when, footer });
  const p = texts.promo;
  const timing = computeSessionTiming(session, readableUnits(resolved));
  const tba = p.toBeAnnounced;
  const flat = oneLine;

  const band = [`<header class="minga-band"><p class="minga-kicker">${text(p.kicker)}</p><h1>${text(flat(session.title))}</h1>`];
  if (audience) band.push(`<p class="minga-audience">${text(audience)}</p>`);
  band.push('</header>');

  const schedule = session.startTime === undefined ? tba : timeRange(clockFormat(session.startTime), 0, timing.totalMinutes);
  const facts = `<dl class="minga-facts">${[
    fact(p.when, when),
    fact(p.where, session.place.trim() ? flat(session.place) : tba),
    fact(p.duration, p.durationValue(timing.totalMinutes), p.target(timing.targetMinutes)),
    fact(p.schedule, schedule || tba),
  ].join('')}</dl>`;

  const main: string[] = [];
  main.push(...plan.description.map((d, i) => `<p${i === 0 ? ' class="minga-lead"' : ''}>${text(d)}</p>`));
  if (plan.objectives.length > 0) {
    const shown = plan.objectives.map((o) => `<li>${text(o)}</li>`);
    if (plan.moreObjectives > 0) shown.push(`<li class="minga-muted">${text(p.moreObjectives(plan.moreObjectives))}</li>`);
    main.push(`<h2>${text(p.objectives)}</h2><ul>${shown.join('')}</ul>`);
  }
  if (plan.facilitators.length > 0) {
    const names = plan.moreFacilitators > 0 ? [...plan.facilitators, p.moreFacilitators(plan.moreFacilitators)] : plan.facilitators;
    main.push(`<h2>${text(p.facilitators)}</h2><p>${text(names.join(', '))}</p>`);
  }

  const classes = ['minga-sheet', `minga-sheet--${plan.size}`, ...(plan.pages === 2 ? ['minga-sheet--flow'] : [])].join(' ');
  const body = `<main class="${classes}">\n${band.join('')}\n${facts}\n<div class="minga-sheet-body">${main.join('\n')}</div>\n`
    + `<footer class="minga-sheet-foot">${text(footer)}</footer>\n</main>`;
  return renderPrintDocument({ lang, title: p.title(session.title), css: plan.pages === 2 ? PROMO_SHEET_CSS + PROMO_SHEET_FLOW_CSS : PROMO_SHEET_CSS, body });
}
