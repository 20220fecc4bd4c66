import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, SessionSchema, type Session } from '@minga/schema';
import { deckTexts } from './deckText.ts';
import { fixtureUnit, INVITATION } from './deckFixtures.ts';
import { PRINT_CONTENT_SECURITY_POLICY } from './printDocument.ts';
import { promoSheetPlan, renderPromoSheetHtml } from './renderPromoSheetHtml.ts';


const gouvernance = fixtureUnit('gouvernance-partagee', { slides: 2, steps: [10, 5] });
const bothUnits = { 'communs-decideurs-01': EXAMPLE_UNIT, 'gouvernance-partagee': gouvernance };

/** The text a reader sees in the sheet's body, tags dropped and entities read. */
const visibleText = (html: string) => html.slice(html.indexOf('<body>'))
  .replace(/<br>/g, '\n').replace(/<\/(p|li|dd|dt|h1|h2|header|footer)>/g, '\n').replace(/<[^>]+>/g, '')
  .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const fact = (html: string, label: string) => html.match(new RegExp(`<dt>${label}</dt><dd>(.*?)</dd>`))?.[1];

/** A session with every text at the schema's maximum: the sheet must still hold on one page. */
function fullestSession(): Session {
  const words = (n: number) => 'Lorem ipsum dolor sit amet consectetur '.repeat(Math.ceil(n / 39)).slice(0, n).trim();
  return SessionSchema.parse({
    ...EXAMPLE_SESSION,
    title: words(200),
    audience: words(300),
    place: words(300),
    promotionalDescription: words(5000),
    objectives: Array.from({ length: 100 }, (_, i) => ({ id: `o${i}`, text: words(1000) })),
    facilitators: Array.from({ length: 50 }, (_, i) => ({ name: `${words(90)} ${i}` })),
  });
}

describe('renderPromoSheetHtml', () => {
  it('writes one standalone A4 page: language, strict CSP, no script, no network reference', () => {
    const html = renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain(`content="${PRINT_CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}"`);
    expect(html).toContain('@page{size:A4 portrait;margin:0}');
    expect(html).toContain('.minga-sheet{width:210mm;min-height:297mm;');
    expect(html).not.toMatch(/<script|<img|<link|url\(|@import|https?:\/\/(?!creativecommons)/i);
  });

  it('shows title, audience, when, where, duration against the target, times, description, objectives and facilitators', () => {
    const html = renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(html).toContain('<h1>Formation-action\u00a0: les communs pour les décideurs</h1>');
    expect(html).toContain('<p class="minga-audience">Public\u00a0: Élus et cadres des collectivités, dirigeants de PME</p>');
    expect(fact(html, 'Quand')).toBe('vendredi 14 mars 2025');
    expect(fact(html, 'Où')).toBe('Tiers-lieu La Coroutine, Lille');
    expect(fact(html, 'Durée')).toBe('1 h<span class="minga-note">format prévu\u00a0: 1 h</span>');
    expect(fact(html, 'Horaire')).toBe('14:00–15:00');
    expect(html).toContain('<p class="minga-lead">Une heure pour découvrir les communs par l’exemple et repartir avec une idée de projet.</p>');
    expect(html).toContain('<h2>Ce que vous en retirerez</h2><ul><li>Comprendre ce qu’est un commun\u00a0: ressource, communauté, règles</li>');
    expect(html).toContain('<h2>Animation</h2><p>Amel, Yann</p>');
    expect(html).toContain('Contenus en commun sous licence CC BY-SA 4.0\u00a0;');
  });

  it('takes the planned duration from the session’s timing, so an over-long session shows it', () => {
    const session: Session = { ...EXAMPLE_SESSION, items: [...EXAMPLE_SESSION.items, { id: 'more', kind: 'other', title: 'Visite', minutes: 30 }] };
    const html = renderPromoSheetHtml({ session, units: bothUnits, lang: 'en' });
    expect(fact(html, 'Duration')).toBe('1 h 30 min<span class="minga-note">planned format: 1 h</span>');
    expect(fact(html, 'Time')).toBe('14:00–15:30');
    // A deleted unit counts no minutes: the sheet says what is really planned.
    expect(fact(renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT } }), 'Durée')).toBe('45 min<span class="minga-note">format prévu\u00a0: 1 h</span>');
  });

  it('writes durations as decision-makers read them, in both languages', () => {
    const [fr, en] = [deckTexts('fr').promo, deckTexts('en').promo];
    expect([45, 60, 90, 125].map(fr.durationValue)).toEqual(['45 min', '1 h', '1 h 30', '2 h 05']);
    expect([45, 60, 90, 125].map(en.durationValue)).toEqual(['45 min', '1 h', '1 h 30 min', '2 h 5 min']);
  });

  it('speaks English when asked, fixed texts included', () => {
    const html = renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>About: Formation-action\u00a0: les communs pour les décideurs</title>');
    expect(html).toContain('Audience: Élus');
    expect(fact(html, 'When')).toBe('Friday 14 March 2025');
    for (const label of ['Where', 'Duration', 'Time']) expect(fact(html, label)).toBeDefined();
    expect(html).toContain('<h2>What you will take away</h2>');
    expect(html).toContain('<h2>Facilitators</h2>');
    expect(html).not.toMatch(/Quand|Durée|Animation|retirerez/);
  });

  it('says what is not set yet and leaves out empty parts rather than showing empty headings', () => {
    const { date: _d, startTime: _s, ...rest } = EXAMPLE_SESSION;
    const html = renderPromoSheetHtml({ session: { ...rest, place: ' ', audience: '', promotionalDescription: '', objectives: [], facilitators: [], items: [] }, units: {} });
    expect(fact(html, 'Quand')).toBe('à préciser');
    expect(fact(html, 'Où')).toBe('à préciser');
    expect(fact(html, 'Horaire')).toBe('à préciser');
    expect(fact(html, 'Durée')).toBe('0 min<span class="minga-note">format prévu\u00a0: 1 h</span>');
    expect(html.slice(html.indexOf('<body>'))).not.toMatch(/minga-audience|<h2>|minga-lead/);
    expect(html).toContain('<footer class="minga-sheet-foot">Créé avec Minga.</footer>');
  });

  it('shows a 619-character invitation whole, on one page, without a word cut', () => {
    const description = `${INVITATION}`;
    expect(description.length).toBe(619);
    const session = { ...EXAMPLE_SESSION, promotionalDescription: description };
    const html = renderPromoSheetHtml({ session, units: bothUnits });
    expect(html).toContain(`<p class="minga-lead">${description.replace(/'/g, '&#39;')}</p>`);
    expect(promoSheetPlan({ session, units: bothUnits })).toMatchObject({ pages: 1, shortened: [] });
    expect(html).not.toContain('…');
  });

  it('takes smaller type, then a second page, before it shortens anything', () => {
    const plan = (promotionalDescription: string, objectives = 4) => promoSheetPlan({
      session: { ...EXAMPLE_SESSION, promotionalDescription, objectives: Array.from({ length: objectives }, (_, i) => ({ id: `o${i}`, text: `Objectif numéro ${i} : ${INVITATION.slice(0, 120)}` })) },
      units: bothUnits,
    });
    expect(plan(INVITATION.slice(0, 300), 2)).toMatchObject({ size: 'regular', pages: 1, shortened: [] });
    expect(plan(`${INVITATION}\n${INVITATION}`, 2)).toMatchObject({ size: 'compact', pages: 1, shortened: [] });
    const twoPages = plan(Array.from({ length: 4 }, () => INVITATION).join('\n'), 8);
    expect(twoPages).toMatchObject({ size: 'compact', pages: 2, shortened: [], moreObjectives: 0 });
    const html = renderPromoSheetHtml({ session: { ...EXAMPLE_SESSION, promotionalDescription: Array.from({ length: 4 }, () => INVITATION).join('\n') }, units: bothUnits });
    expect(html).not.toContain('…');
  });

  it('flows a two-page sheet with margins on its later pages', () => {
    const session = { ...EXAMPLE_SESSION, promotionalDescription: Array.from({ length: 8 }, () => INVITATION).join('\n') };
    const html = renderPromoSheetHtml({ session, units: bothUnits });
    expect(html).toContain('<main class="minga-sheet minga-sheet--compact minga-sheet--flow">');
    expect(html).toContain('@page:first{margin:0 0 12mm}');
    expect(renderPromoSheetHtml({ session: EXAMPLE_SESSION, units: bothUnits })).not.toContain('@page:first');
  });

  it('past two pages, shortens the longest parts, says how many it left out, and names what it shortened', () => {
    const plan = promoSheetPlan({ session: fullestSession(), units: bothUnits });
    expect(plan).toMatchObject({ size: 'compact', pages: 2, shortened: ['description', 'objectives', 'facilitators'] });
    const html = renderPromoSheetHtml({ session: fullestSession(), units: bothUnits });
    expect(html).toContain(`<li class="minga-muted">et ${plan.moreObjectives} autres objectifs</li>`);
    expect(html).toContain(`et ${plan.moreFacilitators} autres personnes</p>`);
    // The title, audience and place are never shortened: the schema keeps them short enough.
    expect(html).toContain(`<h1>${fullestSession().title}</h1>`);
    expect(visibleText(html).length).toBeLessThan(9000);
  });

  it('keeps the description’s paragraphs', () => {
    const long = `Premier paragraphe.\n\n${'Deuxième paragraphe assez long. '.repeat(5).trim()}\nTroisième.`;
    const html = renderPromoSheetHtml({ session: { ...EXAMPLE_SESSION, promotionalDescription: long }, units: bothUnits });
    const paragraphs = [...html.matchAll(/<p(?: class="minga-lead")?>([^<]*)<\/p>\n/g)].map((m) => m[1]!);
    expect(paragraphs).toEqual(['Premier paragraphe.', 'Deuxième paragraphe assez long. '.repeat(5).trim(), 'Troisième.']);
  });
});
