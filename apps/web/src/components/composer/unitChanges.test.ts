import { EXAMPLE_UNIT, type Unit } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { describeUnitChanges, isUnchanged } from './unitChanges.ts';

const pinned: Unit = EXAMPLE_UNIT;

describe('describeUnitChanges: what the update notice of a pinned unit lists', () => {
  it('the same unit has nothing to tell', () => {
    expect(isUnchanged(describeUnitChanges(pinned, structuredClone(pinned)))).toBe(true);
  });

  it('a new title, an added objective and a longer step are each named, with the minutes before and after', () => {
    const now: Unit = {
      ...pinned,
      title: 'Les communs, version courte',
      objectives: [...pinned.objectives, { id: 'obj-3', text: 'Repartir avec une idée de projet' }],
      steps: pinned.steps.map((step) => (step.id === 'st-2' ? { ...step, minutes: 25 } : step)),
    };
    const changes = describeUnitChanges(pinned, now);
    expect(changes.title).toEqual({ from: pinned.title, to: 'Les communs, version courte' });
    expect(changes.objectivesAdded).toEqual(['Repartir avec une idée de projet']);
    expect(changes.objectivesRemoved).toEqual([]);
    expect(changes.minutes).toEqual({ from: 60, to: 65 });
    expect(changes.stepsEdited).toBe(true);
    expect(changes.stepsAdded).toEqual([]);
    expect(isUnchanged(changes)).toBe(false);
  });

  it('a step removed and one added are listed by title; other parts by name only', () => {
    const now: Unit = {
      ...pinned,
      description: 'Autre description.',
      steps: [...pinned.steps.filter((step) => step.id !== 'st-4'), { id: 'st-9', title: 'Clôture', kind: 'talk', minutes: 5, notes: '' }],
    };
    const changes = describeUnitChanges(pinned, now);
    expect(changes.stepsRemoved).toEqual(['Pause']);
    expect(changes.stepsAdded).toEqual(['Clôture']);
    expect(changes.stepsEdited).toBe(false);
    expect(changes.minutes).toBeUndefined();
    expect(changes.other).toEqual(['description']);
  });
});
