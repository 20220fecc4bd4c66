import type { NextStep, Unit } from './unit.ts';
import type { Session } from './session.ts';

/**
 * The handover (passation) a session leaves to the next event: its open next steps and those of
 * the units it uses, each linked to where it came from. Done ones stay where they are; a step that
 * was already handed over keeps its first origin, so the relay reads back to where it was written.
 */
export function handoverNextSteps(session: Session, units: readonly Unit[], newId: () => string): NextStep[] {
  const handed: NextStep[] = [];
  const seen = new Set<string>();
  const add = (step: NextStep, origin: NonNullable<NextStep['origin']>) => {
    const key = `${origin.kind}:${origin.docId}:${origin.nextStepId}`;
    if (step.done || step.text.trim() === '' || seen.has(key)) return;
    seen.add(key);
    const { id: _id, done: _done, doneBy: _by, doneAt: _at, origin: _origin, ...kept } = step;
    handed.push({ ...kept, id: newId(), done: false, origin });
  };
  for (const step of session.nextSteps) {
    add(step, step.origin ?? { kind: 'session', docId: session.id, title: session.title.slice(0, 200), nextStepId: step.id });
  }
  for (const unit of units) {
    for (const step of unit.nextSteps) add(step, { kind: 'unit', docId: unit.id, title: unit.title, nextStepId: step.id });
  }
  return handed.slice(0, 500);
}
