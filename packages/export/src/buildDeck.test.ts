import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, SessionSchema, UnitSchema, type Session, type Unit } from '@minga/schema';
import { buildDeck, buildUnitDeck } from './buildDeck.ts';
import type { AgendaSlide, CreditsSlide, Deck, DeckSlide } from './deck.ts';
import { fixtureUnit, sixtySlideSession } from './deckFixtures.ts';
import { slideStepIndexes, stepRangeForSlide } from './unitSlides.ts';

const gouvernance = fixtureUnit('gouvernance-partagee', { slides: 2, steps: [10, 5] });
const bothUnits = { 'communs-decideurs-01': EXAMPLE_UNIT, 'gouvernance-partagee': gouvernance };
const kinds = (deck: Deck) => deck.slides.map((s) => s.kind);
const ofKind = <K extends DeckSlide['kind']>(deck: Deck, kind: K) => deck.slides.filter((s): s is Extract<DeckSlide, { kind: K }> => s.kind === kind);

describe('buildDeck', () => {
  it('lays out title, agenda, each item in order, next steps and credits', () => {
    const deck = buildDeck({ session: EXAMPLE_SESSION, units: bothUnits });
    expect(kinds(deck)).toEqual([
      'title', 'agenda',
      'free',
      'section', 'content', // EXAMPLE_UNIT: sl-2 is hidden
      'section', 'content', 'content',
      'free', 'free',
      'nextSteps', 'credits',
    ]);
    expect(deck).toMatchObject({ lang: 'fr', title: EXAMPLE_SESSION.title, theme: 'minga' });
  });

  it('puts speaker notes on every slide', () => {
    const deck = buildDeck({ session: EXAMPLE_SESSION, units: {} });
    for (const slide of deck.slides) expect(slide.notes.lines.filter((l) => l.trim() !== '').length, slide.id).toBeGreaterThan(0);
  });

  it('shows title, audience, date, place and facilitators on the title slide', () => {
    const title = buildDeck({ session: EXAMPLE_SESSION, units: bothUnits }).slides[0];
    expect(title).toMatchObject({
      kind: 'title',
      title: 'Formation-action\u00a0: les communs pour les décideurs',
      subtitle: 'Élus et cadres des collectivités, dirigeants de PME',
      details: ['vendredi 14 mars 2025 · Tiers-lieu La Coroutine, Lille', '14:00–15:00 · 60 min', 'Animation\u00a0: Amel, Yann'],
    });
  });

  it('gives the agenda clock times from the start time, the minutes of each item and who leads it', () => {
    const [agenda] = ofKind(buildDeck({ session: EXAMPLE_SESSION, units: bothUnits }), 'agenda') as AgendaSlide[];
    expect(agenda?.rows.map((r) => [r.time, r.title, r.minutes, r.who])).toEqual([
      ['14:00–14:05', 'Accueil', '5 min', 'Amel'],
      ['14:05–14:35', 'Les communs expliqués aux décideurs', '30 min', 'Yann'],
      ['14:35–14:50', 'Unité gouvernance-partagee', '15 min', 'Amel'],
      ['14:50–14:55', 'Questions', '5 min', ''],
      ['14:55–15:00', 'Évaluation à chaud', '5 min', ''],
    ]);
    expect(agenda?.footer).toBe('14:00–15:00 · 60 min');
    expect(agenda?.notes.lines).toContain('60 min prévues\u00a0: pile dans le temps');
  });

  it('leaves times out without a start time and splits a long agenda over several slides', () => {
    const items = Array.from({ length: 11 }, (_, i) => ({ id: `f${i}`, kind: 'other' as const, title: `Point ${i}`, minutes: 5 }));
    const { startTime: _s, ...rest } = EXAMPLE_SESSION;
    const deck = buildDeck({ session: { ...rest, items }, units: {}, lang: 'en' });
    const agendas = ofKind(deck, 'agenda');
    expect(agendas.map((a) => [a.id, a.heading, a.rows.length])).toEqual([['agenda', 'Agenda', 6], ['agenda-2', 'Agenda (continued)', 5]]);
    expect(agendas[0]?.rows[0]?.time).toBe('');
  });

  it('balances a nine-item programme over two agenda slides rather than leaving one row alone', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: `f${i}`, kind: 'other' as const, title: `Point ${i}`, minutes: 5 }));
    const agendas = ofKind(buildDeck({ session: { ...EXAMPLE_SESSION, items }, units: {} }), 'agenda') as AgendaSlide[];
    expect(agendas.map((a) => [a.heading, a.rows.map((r) => r.title)])).toEqual([
      ['Programme', ['Point 0', 'Point 1', 'Point 2', 'Point 3', 'Point 4']],
      ['Programme (suite)', ['Point 5', 'Point 6', 'Point 7', 'Point 8']],
    ]);
  });

  it('opens each unit with a section slide of its objectives, its timing and its whole sequence in the notes', () => {
    const section = buildDeck({ session: EXAMPLE_SESSION, units: bothUnits }).slides.find((s) => s.id === 'item-it-communs');
    expect(section).toMatchObject({
      kind: 'section',
      title: 'Les communs expliqués aux décideurs',
      meta: '14:05–14:35 · 30 min · Yann',
      objectives: ['Définir un commun\u00a0: ressource, communauté, règles', 'Citer trois communs numériques'],
      timing: { itemId: 'it-communs', plannedMinutes: 30 },
    });
    expect(section?.notes.lines).toEqual(expect.arrayContaining([
      'La séquence de l’unité dure 60 min\u00a0; la session lui en donne 30.',
      'Transition\u00a0: Partir d’un exemple local\u00a0: le four à pain du quartier.',
      // With an override, steps keep their minutes but get no clock times.
      'Étape 1/6\u00a0: Accueil et tour de table — exposé · 10 min',
      '  Chacun dit un mot.',
    ]));
  });

  it('skips hidden slides and gives each visible one its own notes, its step and the unit’s planned time', () => {
    const unit = fixtureUnit('u', { slides: 2, hidden: 2, steps: [10, 5] });
    const session: Session = { ...EXAMPLE_SESSION, items: [{ id: 'i', kind: 'unit', unitId: 'u', mode: 'live' }] };
    const contents = ofKind(buildDeck({ session, units: { u: unit } }), 'content');
    expect(contents.map((c) => c.id)).toEqual(['item-i-sl1', 'item-i-sl2']);
    expect(contents[1]?.notes.richText).toEqual(unit.slides[1]?.notes);
    expect(contents[1]?.notes.lines).toEqual([
      'Étape 2/2\u00a0: Étape 2 — exposé · 5 min · 14:10–14:15',
      '  Notes d’animation 2',
      'Unité «\u00a0Unité u\u00a0»\u00a0: 15 min prévues · 14:00–14:15',
    ]);
    expect(contents[1]?.timing).toEqual({ itemId: 'i', stepIds: ['st2'], plannedMinutes: 5 });
  });

  it('spreads slides over steps in order without dropping a step', () => {
    expect([0, 1, 2].map((k) => stepRangeForSlide(k, 3, 3))).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect([0, 1, 2, 3].map((k) => stepRangeForSlide(k, 4, 2))).toEqual([[0, 1], [0, 1], [1, 2], [1, 2]]);
    expect([0, 1].map((k) => stepRangeForSlide(k, 2, 5))).toEqual([[0, 2], [2, 5]]);
    expect(stepRangeForSlide(0, 1, 0)).toEqual([0, 0]);
  });

  it('gives a slide linked to a step that step, and no step is left without a slide', () => {
    const steps = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    // Linked slides take their step; unlinked ones stay with the step before; b and d ride along.
    expect(slideStepIndexes([{ stepId: 'a' }, {}, { stepId: 'c' }], steps)).toEqual([[0], [0, 1], [2, 3]]);
    // A first slide with no link starts with the first step; a link to a deleted step counts as none.
    expect(slideStepIndexes([{}, { stepId: 'gone' }, { stepId: 'd' }], steps)).toEqual([[0], [0, 1, 2], [3]]);
    // Steps before the first linked one are carried by the first slide.
    expect(slideStepIndexes([{ stepId: 'c' }, { stepId: 'd' }], steps)).toEqual([[0, 1, 2], [3]]);
    // No link at all: spread in order, as before.
    expect(slideStepIndexes([{}, {}], steps)).toEqual([[0, 1], [2, 3]]);
    expect(slideStepIndexes([{ stepId: 'a' }], [])).toEqual([[]]);
  });

  it('puts a linked slide’s step in its notes and its timer', () => {
    const unit: Unit = {
      ...EXAMPLE_UNIT,
      steps: [
        { id: 'st1', title: 'Accueil', kind: 'talk', minutes: 10, notes: '' },
        { id: 'st2', title: 'Jeu de rôle', kind: 'exercise', minutes: 20, notes: '' },
      ],
      slides: EXAMPLE_UNIT.slides.slice(0, 2).map((slide, i) => ({ ...slide, hidden: false, ...(i === 0 ? { stepId: 'st2' } : {}) })),
    };
    const contents = buildUnitDeck(unit).slides.filter((s) => s.kind === 'content');
    expect(contents.map((s) => s.timing?.stepIds)).toEqual([['st1', 'st2'], ['st2']]);
    expect(contents[0]?.notes.lines.some((l) => l.includes('Jeu de rôle'))).toBe(true);
  });

  it('turns a deleted unit into a clear placeholder and keeps building the rest', () => {
    const deck = buildDeck({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT } });
    const missing = deck.slides.find((s) => s.id === 'item-it-gouvernance');
    expect(missing).toMatchObject({ kind: 'missing', title: 'Unité indisponible', message: 'L’unité «\u00a0gouvernance-partagee\u00a0» a été supprimée ou n’est plus lisible.' });
    expect(kinds(deck).at(-1)).toBe('credits');
    const [agenda] = ofKind(deck, 'agenda');
    expect(agenda?.rows[2]).toMatchObject({ title: 'Unité indisponible (gouvernance-partagee)', minutes: '0 min', missing: true });
  });

  it('turns a unit that does not match the schema into a placeholder instead of crashing', () => {
    const broken = { ...EXAMPLE_UNIT, id: 'gouvernance-partagee', slides: 'not a list' } as unknown as Unit;
    const deck = buildDeck({ session: EXAMPLE_SESSION, units: { ...bothUnits, 'gouvernance-partagee': broken }, lang: 'en' });
    expect(deck.slides.find((s) => s.id === 'item-it-gouvernance')).toMatchObject({ kind: 'missing', message: 'The unit "gouvernance-partagee" could not be read (invalid data).' });
  });

  it('credits each unit once with its contributors, licence and sources, and the units it could not read', () => {
    const session: Session = { ...EXAMPLE_SESSION, items: [...EXAMPLE_SESSION.items, { id: 'again', kind: 'unit', unitId: 'communs-decideurs-01', mode: 'live' }] };
    const credits = ofKind(buildDeck({ session, units: { 'communs-decideurs-01': EXAMPLE_UNIT }, lang: 'en' }), 'credits') as CreditsSlide[];
    expect(credits).toHaveLength(1);
    const [communs, gone] = credits[0]!.entries;
    expect(communs).toEqual({
      title: 'Les communs expliqués aux décideurs',
      lines: [
        { label: 'Contributors:', value: { text: 'Amel (facilitation), Yann' } },
        { label: 'Licence:', value: { text: 'CC BY-SA 4.0', href: 'https://creativecommons.org/licenses/by-sa/4.0/' } },
      ],
      sourcesLabel: 'Sources:',
      sources: [
        { title: { text: 'Le jeu des communs', href: 'https://example.org/jeu' }, licence: 'CC BY-SA 4.0' },
        { title: { text: 'Cartes imprimées' }, licence: '' },
      ],
    });
    expect(gone?.title).toBe('Unit unavailable (gouvernance-partagee)');
    expect(credits[0]?.footer).toEqual(['Licences: CC BY-SA 4.0', 'Share-alike (CC BY-SA 4.0): any adaptation keeps the same licence and these credits.']);
  });

  it('credits a fork of a share-alike unit under the licence in force, with the rule it keeps', () => {
    const fork: Unit = { ...EXAMPLE_UNIT, licence: 'CC-BY-4.0', source: { forkedFrom: { unitId: 'src', version: '1', licence: 'CC-BY-NC-SA-4.0' } } };
    const [credits] = ofKind(buildUnitDeck(fork, { lang: 'en' }), 'credits');
    expect(credits?.entries[0]?.lines.slice(1)).toEqual([
      { label: 'Licence:', value: { text: 'CC BY-NC-SA 4.0', href: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' } },
      { label: '', value: { text: 'Adapted from a unit under CC BY-NC-SA 4.0: it stays under CC BY-NC-SA 4.0 (share-alike).' } },
    ]);
    expect(credits?.footer[0]).toBe('Licences: CC BY-NC-SA 4.0');
  });

  it('lists the session’s next steps, or invites the room to write them', () => {
    const [next] = ofKind(buildDeck({ session: EXAMPLE_SESSION, units: {} }), 'nextSteps');
    expect(next?.items).toEqual([{ text: 'Envoyer les supports aux participants', done: false }, { text: 'Réserver la salle pour la suite', done: true }]);
    const [empty] = ofKind(buildDeck({ session: { ...EXAMPLE_SESSION, nextSteps: [] }, units: {}, lang: 'en' }), 'nextSteps');
    expect(empty).toMatchObject({ items: [], empty: 'What will we do next?' });
  });

  it('says in the agenda notes which objective no unit covers', () => {
    const [agenda] = ofKind(buildDeck({ session: EXAMPLE_SESSION, units: { 'communs-decideurs-01': EXAMPLE_UNIT } }), 'agenda');
    expect(agenda?.notes.lines).toContain('Objectif couvert par aucune unité\u00a0: Partager la gouvernance d’un projet');
  });

  it('builds the 60-slide session with unique slide ids', () => {
    const { session, units } = sixtySlideSession();
    expect(SessionSchema.parse(session)).toEqual(session);
    for (const unit of units.values()) expect(UnitSchema.parse(unit)).toEqual(unit);
    const deck = buildDeck({ session, units });
    expect(deck.slides).toHaveLength(60);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(60);
    expect(ofKind(deck, 'credits').map((c) => c.entries.length)).toEqual([3, 1]);
  });

  it('keeps slide ids unique even when item and slide ids run into each other', () => {
    const session: Session = {
      ...EXAMPLE_SESSION,
      items: [
        { id: 'a', kind: 'unit', unitId: 'x', mode: 'live' },
        { id: 'a-sl1', kind: 'other', title: 'Clash', minutes: 1 },
      ],
    };
    const ids = buildDeck({ session, units: { x: fixtureUnit('x', { slides: 1 }) } }).slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('item-a-sl1-2');
  });
});

describe('buildUnitDeck', () => {
  it('exports a unit alone the same way: title, its sequence as agenda, section, visible slides, next steps, credits', () => {
    const deck = buildUnitDeck(EXAMPLE_UNIT, { lang: 'en' });
    expect(kinds(deck)).toEqual(['title', 'agenda', 'section', 'content', 'nextSteps', 'credits']);
    expect(deck.slides[0]).toMatchObject({ title: EXAMPLE_UNIT.title, subtitle: EXAMPLE_UNIT.description });
    const [agenda] = ofKind(deck, 'agenda');
    expect(agenda?.rows.slice(0, 2).map((r) => [r.time, r.title, r.who])).toEqual([['0:00–0:10', 'Accueil et tour de table', 'talk'], ['0:10–0:30', 'Jeu de rôle', 'exercise']]);
    for (const slide of deck.slides) expect(slide.notes.lines.length).toBeGreaterThan(0);
  });

  it('gives a placeholder deck for a unit that cannot be read', () => {
    const deck = buildUnitDeck({ ...EXAMPLE_UNIT, steps: null } as unknown as Unit);
    expect(kinds(deck)).toEqual(['missing', 'credits']);
  });
});
