import { computeSessionTiming, isAllowedImageSrc, isHttpUrl, licenceTerms, type Material, type Session, type Unit, type UnitLookup } from '@minga/schema';
import { collectCredits, contributorNames, licenceLabels, type UnitCredits, type UnitReviewers } from './credits.ts';
import { handoverLines, handoverTexts, type HandoverLine } from './handoverLines.ts';
import { deckTexts, type DeckLang, type DeckTexts } from './deckText.ts';
import { escapeHtml, escapeHtmlLines } from './escapeHtml.ts';
import { unitKeyPoints, type KeyPoint } from './keyPoints.ts';
import { renderPrintDocument } from './printDocument.ts';
import { HANDOUT_CSS } from './printStyles.ts';
import { isRenderableImageSrc, renderRichText } from './renderRichText.ts';
import { readableUnits, resolveSessionUnits, type ResolvedUnit } from './resolveUnits.ts';
import { clockFormat, joinParts, timeRange } from './unitSlides.ts';

/**
 * The participant handout: what people take home from a session, as one standalone printable
 * HTML page. The session (title, audience, date, place, objectives), each unit once in session
 * order (objectives, key points, sources with their licences), the next steps and the credits.
 * Every user string is escaped here or goes through renderRichText; the markup is all fixed.
 */

export interface RenderHandoutInput {
  session: Session;
  /** The units the items name, resolved to their live or pinned version; undefined or absent when deleted. */
  units: UnitLookup;
  lang?: DeckLang;
  /**
   * The data: URI to inline for an image src (an upload path or an https URL), or undefined to
   * leave the image out, as for renderDeckHtml. Without it the handout has no images: it must
   * open with no network.
   */
  imageSrc?: (src: string) => string | undefined;
  /** Who reviewed each unit (names only, by unit id), credited as « relu par » / "reviewed by". */
  reviewers?: UnitReviewers;
}

const text = escapeHtml;
const lines = escapeHtmlLines;

function link(label: string, href: string): string {
  return isHttpUrl(href) ? `<a href="${text(href)}">${text(label)}</a>` : text(label);
}

const list = (items: string[], className = '') => `<ul${className ? ` class="${className}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

function keyPointHtml(point: KeyPoint, imageSrc: (src: string) => string | undefined): string {
  const parts: string[] = [];
  if (point.title) parts.push(`<strong>${text(point.title)}</strong>`);
  if (point.detail) parts.push(point.title ? `<br>${text(point.detail)}` : text(point.detail));
  const inlined = point.image && isAllowedImageSrc(point.image.src) ? imageSrc(point.image.src) : undefined;
  if (point.image && inlined !== undefined && inlined.startsWith('data:image/') && isRenderableImageSrc(inlined)) {
    // Only a raster data: URI: the page must not reach the network. An image the caller could not
    // inline is left out, not replaced by its alt text: a handout is read, not presented.
    parts.push(renderRichText({ type: 'doc', content: [{ type: 'image', attrs: { src: point.image.src, alt: point.image.alt } }] }, { imageSrc: () => inlined }));
  }
  return parts.join('');
}

function sourceHtml(material: Material, texts: DeckTexts): string {
  const title = material.title || material.url;
  const url = material.url && isHttpUrl(material.url) ? material.url : '';
  const where = url && title !== url ? ` <span class="minga-url">${text(url)}</span>` : '';
  const licence = material.licence.trim() ? text(material.licence) : `<span class="minga-muted">${text(texts.handout.licenceNotStated)}</span>`;
  return `${url ? link(title, url) : text(title)}${where} — ${licence}`;
}

function unitHtml(unit: Unit, meta: string, texts: DeckTexts, imageSrc: (src: string) => string | undefined): string {
  const h = texts.handout;
  const out = [`<article class="minga-unit"><h3>${text(unit.title || unit.id)}</h3>`];
  if (meta) out.push(`<p class="minga-unit-meta minga-muted">${text(meta)}</p>`);
  if (unit.description.trim()) out.push(`<p class="minga-description">${lines(unit.description)}</p>`);
  const objectives = unit.objectives.map((o) => o.text).filter((t) => t.trim() !== '');
  if (objectives.length > 0) out.push(`<h4>${text(texts.objectives)}</h4>`, list(objectives.map(lines), 'minga-objectives'));
  const { points, more } = unitKeyPoints(unit, texts);
  if (points.length > 0) {
    out.push(`<h4>${text(h.keyPoints)}</h4><ol class="minga-key-points">${points.map((p) => `<li>${keyPointHtml(p, imageSrc)}</li>`).join('')}</ol>`);
    if (more > 0) out.push(`<p class="minga-more minga-muted">${text(h.morePoints(more))}</p>`);
  }
  out.push(`<h4>${text(h.sources)}</h4>`);
  out.push(unit.materials.length > 0 ? list(unit.materials.map((m) => sourceHtml(m, texts)), 'minga-sources') : `<p class="minga-muted">${text(h.noSources)}</p>`);
  out.push('</article>');
  return out.join('');
}

function missingUnitHtml(resolved: ResolvedUnit, meta: string, texts: DeckTexts): string {
  const message = resolved.problem === 'unreadable' ? texts.unreadableUnitMessage(resolved.unitId) : texts.missingUnitMessage(resolved.unitId);
  return `<article class="minga-unit minga-unit-missing"><h3>${text(texts.missingUnitTitle)}</h3>`
    + `${meta ? `<p class="minga-unit-meta minga-muted">${text(meta)}</p>` : ''}<p>${text(message)}</p></article>`;
}

function creditHtml(unit: UnitCredits, texts: DeckTexts): string {
  if (unit.missing || !unit.licence) return `<em>${text(`${texts.missingUnitTitle} (${unit.unitId})`)}</em> — ${text(texts.missingCredits)}`;
  const terms = licenceTerms(unit.licence);
  const people = unit.contributors.length > 0 ? contributorNames(unit.contributors) : texts.noContributors;
  const reviewed = unit.reviewers.length > 0 ? `${text(texts.labelled(texts.reviewedBy, unit.reviewers.join(', ')))}<br>` : '';
  return `<strong>${text(unit.title)}</strong><br>${text(texts.labelled(texts.contributors, people))}<br>${reviewed}`
    + `${text(texts.labelled(texts.licence, ''))} ${link(terms.label, terms.url)} <span class="minga-url">${text(terms.url)}</span>`;
}

/** The participant handout of a session, as one standalone printable HTML document. */
export function renderHandoutHtml({ session, units, lang = 'fr', imageSrc = () => undefined, reviewers = new Map() }: RenderHandoutInput): string {
  const texts = deckTexts(lang);
  const h = texts.handout;
  const resolved = resolveSessionUnits(session, units);
  const timing = computeSessionTiming(session, readableUnits(resolved));
  const format = clockFormat(session.startTime);

  const head = [`<header class="minga-handout-head"><p class="minga-kicker">${text(h.kicker)}</p><h1>${text(session.title)}</h1>`];
  if (session.audience.trim()) head.push(`<p class="minga-audience">${text(texts.labelled(texts.audience, session.audience))}</p>`);
  const when = joinParts([session.date ? texts.date(session.date) : undefined, timeRange(format, 0, timing.totalMinutes), session.place]);
  if (when) head.push(`<p>${text(when)}</p>`);
  if (session.facilitators.length > 0) head.push(`<p>${text(texts.withFacilitators(session.facilitators.map((f) => f.name).join(', ')))}</p>`);
  head.push('</header>');

  const body = [head.join('')];
  const objectives = session.objectives.map((o) => o.text).filter((t) => t.trim() !== '');
  body.push(`<section class="minga-session-objectives"><h2>${text(h.sessionObjectives)}</h2>`
    + `${objectives.length > 0 ? list(objectives.map(lines)) : `<p class="minga-muted">${text(texts.noObjectives)}</p>`}</section>`);

  // Each unit once, where it first comes: a unit placed twice is the same content.
  const unitBlocks: string[] = [];
  const seen = new Set<string>();
  session.items.forEach((item, i) => {
    if (item.kind !== 'unit' || seen.has(item.unitId)) return;
    seen.add(item.unitId);
    const t = timing.items[i]!;
    const meta = joinParts([timeRange(format, t.startOffset, t.endOffset), texts.minutes(t.minutes), item.facilitator]);
    const r = resolved.get(item.unitId) ?? { unitId: item.unitId, problem: 'missing' as const };
    unitBlocks.push(r.unit ? unitHtml(r.unit, meta, texts, imageSrc) : missingUnitHtml(r, meta, texts));
  });
  if (unitBlocks.length > 0) body.push(`<section class="minga-units"><h2>${text(h.contents)}</h2>${unitBlocks.join('\n')}</section>`);

  const credits = collectCredits([...resolved.values()], reviewers);
  const creditLines = [`<section class="minga-credits"><h2>${text(texts.credits)}</h2>`];
  if (credits.units.length > 0) creditLines.push(list(credits.units.map((u) => creditHtml(u, texts))));
  if (credits.licences.length > 0) creditLines.push(`<p>${text(texts.licencesUsed(licenceLabels(credits.licences)))}</p>`);
  const shareAlike = credits.licences.filter((l) => licenceTerms(l).shareAlike);
  if (shareAlike.length > 0) creditLines.push(`<p>${text(texts.shareAlike(licenceLabels(shareAlike)))}</p>`);
  creditLines.push(`<p>${text(h.reuse)}</p></section>`);
  body.push(creditLines.join(''));
  // The handout ends with the handover: the next steps, who takes them on, for when.
  const handover = handoverLines(session, [...readableUnits(resolved).values()].filter((u) => u !== undefined), lang);
  const handoverItem = (l: HandoverLine) => `${l.done ? `<span class="minga-done">${text(l.text)}</span>` : text(l.text)}${l.details ? ` <span class="minga-muted">(${text(l.details)})</span>` : ''}`;
  body.push(`<section class="minga-next-steps"><h2>${text(handoverTexts(lang).heading)}</h2>${handover.length > 0
    ? list(handover.map(handoverItem))
    : `<p class="minga-muted">${text(h.noNextSteps)}</p>`}</section>`);
  body.push(`<footer class="minga-handout-foot">${text(h.generated)}</footer>`);

  return renderPrintDocument({
    lang,
    title: h.title(session.title),
    css: HANDOUT_CSS,
    body: `<main class="minga-handout">\n${body.join('\n')}\n</main>`,
  });
}
