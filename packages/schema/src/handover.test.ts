import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { handoverNextSteps } from './handover.ts';
import type { Session } from './session.ts';

let n = 0;
const newId = () => `h-${++n}`;

describe('the handover to the next event', () => {
  it('carries the open next steps of the session and of its units, with owner, target and where they came from', () => {
    const session: Session = {
      ...structuredClone(EXAMPLE_SESSION),
      nextSteps: [
        { id: 's-1', text: 'Trouver une salle à Montpellier', done: false, owner: 'Yann', target: 'Montpellier' },
        { id: 's-2', text: 'Envoyer le compte rendu', done: true, doneBy: 'Amel', doneAt: '2026-03-15T10:00:00.000Z' },
      ],
    };
    const handed = handoverNextSteps(session, [EXAMPLE_UNIT], newId);
    expect(handed.map((s) => [s.text, s.owner, s.target, s.origin?.kind, s.origin?.nextStepId])).toEqual([
      ['Trouver une salle à Montpellier', 'Yann', 'Montpellier', 'session', 's-1'],
      ['Tester l’atelier à Montpellier', undefined, undefined, 'unit', 'ns-1'],
    ]);
    expect(handed.every((s) => !s.done && s.id.startsWith('h-'))).toBe(true);
    expect(handed[0]!.origin).toEqual({ kind: 'session', docId: session.id, title: session.title, nextStepId: 's-1' });
  });

  it('keeps the first origin of a step handed over twice, and never lists it twice', () => {
    const brest: Session = { ...structuredClone(EXAMPLE_SESSION), id: 'brest', nextSteps: [] };
    const toMontpellier = handoverNextSteps(brest, [EXAMPLE_UNIT], newId);
    const montpellier: Session = { ...structuredClone(EXAMPLE_SESSION), id: 'montpellier', nextSteps: toMontpellier };
    const toLille = handoverNextSteps(montpellier, [EXAMPLE_UNIT], newId);
    expect(toLille).toHaveLength(1);
    expect(toLille[0]!.origin).toMatchObject({ kind: 'unit', docId: EXAMPLE_UNIT.id, nextStepId: 'ns-1' });
  });
});
