import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CreateUnitBodySchema, EXAMPLE_UNIT, UnitSchema, unitFromDraft, type Unit } from '@minga/schema';
import { unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { forkPeer } from './testPeers.ts';

const roundTrip = (unit: Unit) => yDocToUnit(forkPeer(unitToYDoc(unit)));

describe('JSON -> Yjs -> JSON', () => {
  it('gives back the example unit, every field included, after travelling to another peer', () => {
    expect(roundTrip(EXAMPLE_UNIT)).toEqual(EXAMPLE_UNIT);
  });

  it('gives back each field on its own', () => {
    const minimal = unitFromDraft(CreateUnitBodySchema.parse({}), 'u1');
    expect(roundTrip(minimal)).toEqual(minimal);
    for (const key of Object.keys(EXAMPLE_UNIT) as (keyof Unit)[]) {
      const unit = { ...minimal, [key]: EXAMPLE_UNIT[key], id: 'u1' } as Unit;
      expect(roundTrip(unit), key).toEqual(unit);
    }
  });

  it('keeps list order, mark order, empty strings and optional fields left out', () => {
    const unit: Unit = {
      ...EXAMPLE_UNIT,
      steps: [...EXAMPLE_UNIT.steps].reverse(),
      objectives: [{ id: 'z', text: '' }, { id: 'a', text: 'deux' }],
      contributors: [{ name: 'Yann' }, { name: 'Amel', role: '' }],
      hashtags: ['zèbre', 'abeille'],
      source: undefined,
      createdAt: undefined,
    };
    delete unit.source;
    delete unit.createdAt;
    expect(roundTrip(unit)).toEqual(unit);
  });

  it('gives a result that the schema accepts as it is', () => {
    expect(UnitSchema.parse(roundTrip(EXAMPLE_UNIT))).toEqual(EXAMPLE_UNIT);
  });

  it('takes the id from the sync path over the one stored in the document', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    expect(yDocToUnit(doc, 'copy-2').id).toBe('copy-2');
    expect(() => yDocToUnit(new Y.Doc())).toThrow(/no unit id/);
    expect(yDocToUnit(new Y.Doc(), 'fresh')).toMatchObject({ id: 'fresh', title: '', language: 'fr', licence: 'CC-BY-SA-4.0', steps: [] });
  });
});
