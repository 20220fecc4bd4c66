import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, type Session, type Unit } from '@minga/schema';
import { fixtureUnit, sixtySlideSession } from './deckFixtures.ts';
import { PRINT_CONTENT_SECURITY_POLICY } from './printDocument.ts';
import { renderHandoutHtml } from './renderHandoutHtml.ts';

const gouvernance = { ...fixtureUnit('gouvernance-partagee', { slides: 2, steps: [10, 5] }), licence: 'CC-BY-4.0' as const };
const bothUnits = { 'communs-decideurs-01': EXAMPLE_UNIT, 'gouvernance-partagee': gouvernance };
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** The markup between an element's opening tag with this class and the next element of the same tag's end. */
const block = (html: string, tag: string, className: string) => {
  const start = html.indexOf(`<${tag} class="${className}`);
  return start < 0 ? '' : html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
};
const units = (html: string) => [...html.matchAll(/<article class="minga-unit[^"]*"><h3>([^<]*)<\/h3>/g)].map((m) => m[1]);

describe('renderHandoutHtml', () => {
  it('credits each unit’s reviewers (reviewed by) in its credits, names only', () => {
    const reviewers = new Map([['gouvernance-partagee', ['Lou', 'Sami']]]);
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'en', reviewers });
    const credits = block(html, 'section', 'minga-credits');
    expect(credits).toContain('Reviewed by: Lou, Sami<br>');
    expect(credits.match(/Reviewed by/g)).toHaveLength(1);
    expect(renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'fr', reviewers })).toContain('Relu par\u00a0: Lou, Sami<br>');
    expect(renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'en' })).not.toContain('Reviewed by');
  });

  it('writes one standalone document: language, strict CSP, A4 print CSS, no script', () => {
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(html.startsWith('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(PRINT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(html).toContain(`content="${PRINT_CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}"`);
    expect(html).toContain('@page{size:A4 portrait');
    expect(html).toContain('@media print');
    expect(html).toContain('<title>Support participant\u00a0: Formation-action\u00a0: les communs pour les décideurs</title>');
    expect(html).not.toMatch(/<script/i);
  });

  it('opens with the session: title, audience, date, times, place and facilitators', () => {
    const head = block(renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits }), 'header', 'minga-handout-head');
    expect(head).toContain('<h1>Formation-action\u00a0: les communs pour les décideurs</h1>');
    expect(head).toContain('Public\u00a0: Élus et cadres des collectivités, dirigeants de PME');
    expect(head).toContain('vendredi 14 mars 2025 · 14:00–15:00 · Tiers-lieu La Coroutine, Lille');
    expect(head).toContain('Animation\u00a0: Amel, Yann');
  });

  it('has the session objectives, the units, the credits and the handover, in that order', () => {
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    const order = ['minga-handout-head', 'minga-session-objectives', 'minga-units', 'minga-credits', 'minga-next-steps', 'minga-handout-foot'].map((c) => html.indexOf(`class="${c}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(block(html, 'section', 'minga-session-objectives')).toContain('<li>Partager la gouvernance d’un projet</li>');
  });

  it('gives each unit, in session order, its timing, description, objectives, key points and sources with licences', () => {
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(units(html)).toEqual(['Les communs expliqués aux décideurs', 'Unité gouvernance-partagee']);
    const communs = block(html, 'article', 'minga-unit');
    expect(communs).toContain('14:05–14:35 · 30 min · Yann');
    expect(communs).toContain('<p class="minga-description">Une heure pour faire découvrir les communs à des décideurs publics et privés.<br>');
    expect(communs).toContain('<li>Citer trois communs numériques</li>');
    // The hidden slide's table stays out; the visible slide is one key point.
    expect(communs).toContain('<ol class="minga-key-points"><li><strong>Qu’est-ce qu’un commun\u00a0?</strong><br>Une ressource, une communauté et des règles Voir Wikipédia ou écrire</li></ol>');
    expect(communs).toContain('<li><a href="https://example.org/jeu">Le jeu des communs</a> <span class="minga-url">https://example.org/jeu</span> — CC BY-SA 4.0</li>');
    expect(communs).toContain('<li>Cartes imprimées — <span class="minga-muted">licence non précisée</span></li>');
  });

  it('shows each unit once, where it first comes, even when the session places it twice', () => {
    const session: Session = { ...EXAMPLE_SESSION, items: [...EXAMPLE_SESSION.items, { id: 'again', kind: 'unit', unitId: 'communs-decideurs-01', mode: 'live' }] };
    expect(units(renderHandoutHtml({ session, units: bothUnits }))).toEqual(['Les communs expliqués aux décideurs', 'Unité gouvernance-partagee']);
  });

  it('puts a clear placeholder where a unit was deleted or cannot be read, and goes on', () => {
    const gone = renderHandoutHtml({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT } });
    const missing = block(gone, 'article', 'minga-unit minga-unit-missing');
    expect(missing).toContain('<h3>Unité indisponible</h3>');
    expect(missing).toContain('L’unité «\u00a0gouvernance-partagee\u00a0» a été supprimée ou n’est plus lisible.');
    expect(gone).toContain('<em>Unité indisponible (gouvernance-partagee)</em> — crédits inconnus');
    const broken = { ...EXAMPLE_UNIT, steps: 'not a list' } as unknown as Unit;
    const unreadable = renderHandoutHtml({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': broken }, lang: 'en' });
    expect(units(unreadable)).toEqual(['Unit unavailable', 'Unit unavailable']);
    expect(unreadable).toContain('The unit &quot;communs-decideurs-01&quot; could not be read (invalid data).');
    expect(() => renderHandoutHtml({ session: EXAMPLE_SESSION, units: { 'gouvernance-partagee': null as unknown as Unit } })).not.toThrow();
  });

  it('hands over the next steps, marking those already done, or says there are none yet', () => {
    const next = block(renderHandoutHtml({ session: EXAMPLE_SESSION, units: {} }), 'section', 'minga-next-steps');
    expect(next).toContain('<li>Envoyer les supports aux participants</li>');
    expect(next).toContain('<li><span class="minga-done">Réserver la salle pour la suite</span> <span class="minga-muted">(fait)</span></li>');
    const none = renderHandoutHtml({ session: { ...EXAMPLE_SESSION, nextSteps: [] }, units: {}, lang: 'en' });
    expect(block(none, 'section', 'minga-next-steps')).toContain('No next steps written down yet.');
  });

  it('credits each unit’s contributors and licence, the licences in use and the share-alike terms', () => {
    const credits = block(renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'en' }), 'section', 'minga-credits');
    expect(credits).toContain('<strong>Les communs expliqués aux décideurs</strong><br>Contributors: Amel (facilitation), Yann<br>Licence: <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>');
    expect(credits).toContain('Contributors: Autrice de gouvernance-partagee, Yann<br>Licence: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>');
    expect(credits).toContain('<p>Licences: CC BY-SA 4.0, CC BY 4.0</p>');
    expect(credits).toContain('<p>Share-alike (CC BY-SA 4.0): any adaptation keeps the same licence and these credits.</p>');
    expect(credits).toContain('reuse and adapt them, crediting their contributors, their sources and their licence.');
  });

  it('speaks English when asked, fixed texts included', () => {
    const html = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, lang: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const heading of ['Session objectives', 'What we cover', 'Objectives', 'Key points', 'Sources and materials', 'Handover', 'Credits']) expect(html).toContain(`>${heading}</h`);
    expect(html).toContain('Friday 14 March 2025 · 14:00–15:00');
    expect(html).toContain('licence not stated');
    expect(html).not.toMatch(/Points clés|Objectifs|Crédits|Étapes suivantes/);
  });

  it('inlines a slide’s image only as the data: URI imageSrc gives, and leaves it out otherwise', () => {
    const asked: string[] = [];
    const withImages = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits, imageSrc: (src) => (asked.push(src), PNG) });
    expect(asked).toEqual(['/api/w/ws-lille/files/f1a2b3']);
    expect(withImages).toContain(`<img src="${PNG}" alt="Photo du pad">`);
    const without = renderHandoutHtml({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(without).not.toContain('<img');
    expect(without).not.toContain('/api/w/');
  });

  it('says when a session has no objective and leaves out the units part when it has no unit', () => {
    const html = renderHandoutHtml({ session: { ...EXAMPLE_SESSION, objectives: [], items: [] }, units: {} });
    expect(block(html, 'section', 'minga-session-objectives')).toContain('Aucun objectif écrit.');
    expect(html).not.toContain('minga-units');
    expect(html).toContain('class="minga-credits"');
  });

  it('keeps the 60-slide session’s handout short: at most 8 key points a unit, the rest counted', () => {
    const { session, units: sixty } = sixtySlideSession();
    const html = renderHandoutHtml({ session, units: sixty });
    expect(units(html)).toHaveLength(4);
    expect(html.match(/<ol class="minga-key-points">/g)).toHaveLength(4);
    expect(html.match(/Et 4 autres points, dans les diapositives\./g)).toHaveLength(4);
    expect(html.length).toBeLessThan(15_000);
  });
});
