import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, SessionSchema, UnitSchema, type NextStep } from '@minga/schema';
import { applyUnitJson } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import { unitList } from './unitLayout.ts';

const handed: NextStep = {
  id: 'h-1',
  text: 'Ajouter un exemple breton',
  done: true,
  owner: 'Yann',
  target: 'Montpellier',
  author: 'Simon',
  doneBy: 'Amel',
  doneAt: '2026-06-01T09:30:00.000Z',
  origin: { kind: 'unit', docId: 'communs-decideurs-01', title: 'Les communs', nextStepId: 'ns-1' },
};

describe('a next step’s owner, target and handover in the Yjs document', () => {
  it('a unit keeps them through its Yjs form', () => {
    const unit = UnitSchema.parse({ ...EXAMPLE_UNIT, nextSteps: [handed, EXAMPLE_UNIT.nextSteps[0]] });
    const doc = new Y.Doc();
    applyUnitJson(doc, unit);
    expect(yDocToUnit(doc, unit.id)).toEqual(unit);
  });

  it('a session keeps them, and where it was duplicated from', () => {
    const session = SessionSchema.parse({ ...EXAMPLE_SESSION, nextSteps: [handed], source: { duplicatedFrom: { sessionId: 'brest-2026', title: 'Brest' } } });
    expect(yDocToSession(sessionToYDoc(session), session.id)).toEqual(session);
  });

  it('an owner a peer wrote as a number reads as no owner, the step itself kept', () => {
    const unit = UnitSchema.parse({ ...EXAMPLE_UNIT, nextSteps: [handed] });
    const doc = new Y.Doc();
    applyUnitJson(doc, unit);
    unitList(doc, 'nextSteps').get('h-1')!.set('owner', 42);
    const read = yDocToUnit(doc, unit.id).nextSteps[0]!;
    expect(read.owner).toBeUndefined();
    expect(read.text).toBe(handed.text);
  });
});
