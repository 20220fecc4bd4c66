import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import type { Unit } from './unit.ts';
import { computeObjectiveCoverage, foldText, matchObjectiveWords, significantWords } from './objectiveCoverage.ts';

const gouvernance: Unit = {
  ...EXAMPLE_UNIT,
  id: 'gouvernance-partagee',
  objectives: [{ id: 'g1', text: 'Décrire trois façons de PARTAGER la gouvernance d’un projet' }],
};

describe('objective coverage', () => {
  it('folds case and accents and drops short and common words', () => {
    expect(foldText('Élus ÉCOLE Noël')).toBe('elus ecole noel');
    expect(significantWords('Comprendre ce qu’est un commun : les communs numériques')).toEqual(['commun', 'numerique']);
    expect(significantWords('Understand how the commons work')).toEqual(['common', 'work']);
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
    expect(communs?.unitObjectives[0]?.serves[0]?.sharedWords).toEqual(expect.arrayContaining(['commun', 'ressource', 'communaute', 'regle']));
    expect(report.objectives.find((o) => o.objectiveId === 'sobj-2')?.coveredBy).toEqual([
      { itemId: 'it-gouvernance', unitId: 'gouvernance-partagee', via: 'words', unitObjectiveId: 'g1', sharedWords: ['partager', 'gouvernance', 'projet'] },
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
