import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import type { Unit } from './unit.ts';
import { computeObjectiveCoverage, matchObjectiveWords } from './objectiveCoverage.ts';
import { foldText, significantWords } from './significantWords.ts';

const written = (text: string) => significantWords(text).map((w) => w.written);

const gouvernance: Unit = {
  ...EXAMPLE_UNIT,
  id: 'gouvernance-partagee',
  objectives: [{ id: 'g1', text: 'Décrire trois façons de PARTAGER la gouvernance d’un projet' }],
};

describe('objective coverage', () => {
  it('keeps the words that carry meaning, as written, once each, and drops French and English stop words', () => {
    expect(foldText('Élus ÉCOLE Noël')).toBe('elus ecole noel');
    expect(written('Comprendre ce qu’est un commun : les communs numériques')).toEqual(['commun', 'numériques']);
    expect(written('Understand how the commons work')).toEqual(['commons', 'work']);
    expect(written('Comprendre pourquoi et comment rétribuer celles et ceux qui les font vivre')).toEqual(['rétribuer', 'vivre']);
  });

  it('matches words by their stems in French and English, accents or not', () => {
    expect(matchObjectiveWords('Les règles des communautés', 'Une communauté et ses règles')).toEqual(['communauté', 'règles']);
    expect(matchObjectiveWords('regles de la communaute', 'Une communauté et ses règles')).toEqual(['communauté', 'règles']);
    expect(matchObjectiveWords('Community rules', 'The rules of communities')).toEqual(['rules', 'communities']);
  });

  it('never claims coverage from question words or common verbs alone', () => {
    expect(matchObjectiveWords('Comprendre pourquoi ils font ainsi', 'Savoir pourquoi les gens font des choses')).toEqual([]);
    expect(matchObjectiveWords('Why and how they do it', 'Learn why and how')).toEqual([]);
  });

  it('matches objectives that share two significant words, or the single word of a short one', () => {
    expect(matchObjectiveWords('Partager la gouvernance d’un projet', 'Décrire trois façons de partager la gouvernance')).toEqual(['partager', 'gouvernance']);
    expect(matchObjectiveWords('Les communs', 'Définir un commun')).toEqual(['commun']);
    expect(matchObjectiveWords('Repartir avec une idée de projet', 'Partager la gouvernance d’un projet')).toEqual([]);
    expect(matchObjectiveWords('', 'Définir un commun')).toEqual([]);
  });

  it('says which session objectives each unit objective serves, and which objective nothing covers', () => {
    const report = computeObjectiveCoverage(EXAMPLE_SESSION, { 'communs-decideurs-01': EXAMPLE_UNIT, 'gouvernance-partagee': gouvernance });
    const communs = report.items.find((i) => i.itemId === 'it-communs');
    expect(communs?.unitObjectives[0]).toMatchObject({ unitObjectiveId: 'obj-1', serves: [{ objectiveId: 'sobj-1' }] });
    expect(communs?.unitObjectives[0]?.serves[0]?.sharedWords).toEqual(expect.arrayContaining(['commun', 'ressource', 'communauté', 'règles']));
    expect(report.objectives.find((o) => o.objectiveId === 'sobj-2')?.coveredBy).toEqual([
      { itemId: 'it-gouvernance', unitId: 'gouvernance-partagee', via: 'words', unitObjectiveId: 'g1', sharedWords: ['Partager', 'gouvernance', 'projet'] },
    ]);
    // sobj-3 shares no words with any unit objective but the communs item links to it.
    expect(report.objectives.find((o) => o.objectiveId === 'sobj-3')?.coveredBy).toEqual([
      { itemId: 'it-communs', unitId: 'communs-decideurs-01', via: 'link', sharedWords: [] },
    ]);
    expect(report.uncoveredObjectiveIds).toEqual([]);
  });

  it('lets a deleted unit cover nothing, not even through its links, and lists the objectives left uncovered', () => {
    const report = computeObjectiveCoverage(EXAMPLE_SESSION, new Map([['gouvernance-partagee', gouvernance]]));
    expect(report.items.find((i) => i.itemId === 'it-communs')).toMatchObject({ unitMissing: true, unitObjectives: [] });
    expect(report.uncoveredObjectiveIds).toEqual(['sobj-1', 'sobj-3']);
  });

  it('ignores links to objectives that no longer exist', () => {
    const session = { ...EXAMPLE_SESSION, items: [{ id: 'x', kind: 'unit' as const, unitId: 'u', mode: 'live' as const, servesObjectiveIds: ['gone', 'sobj-2', 'sobj-2'] }] };
    const report = computeObjectiveCoverage(session, { u: { ...EXAMPLE_UNIT, objectives: [] } });
    expect(report.items[0]?.linkedObjectiveIds).toEqual(['sobj-2']);
    expect(report.uncoveredObjectiveIds).toEqual(['sobj-1', 'sobj-3']);
  });
});
