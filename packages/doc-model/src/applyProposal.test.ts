import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT, UnitSchema } from '@minga/schema';
import { applyProposal } from './applyProposal.ts';
import { unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';

const unit = UnitSchema.parse(EXAMPLE_UNIT);

describe('applying an accepted proposal', () => {
  it('rewrites an objective and credits the proposer once', () => {
    const doc = unitToYDoc(unit);
    const objective = unit.objectives[0]!;
    expect(applyProposal(doc, { field: 'objectives', itemId: objective.id }, 'Nommer trois communs de son territoire', 'Lou')).toBe(true);
    expect(applyProposal(doc, { field: 'title' }, 'Un titre plus court', 'lou')).toBe(true);
    const after = yDocToUnit(doc, unit.id);
    expect(after.objectives[0]!.text).toBe('Nommer trois communs de son territoire');
    expect(after.title).toBe('Un titre plus court');
    expect(after.contributors.filter((c) => c.name.toLowerCase() === 'lou')).toHaveLength(1);
  });

  it('writes nothing when the item is gone or the field takes no proposal', () => {
    const doc = unitToYDoc(unit);
    const before = yDocToUnit(doc, unit.id);
    expect(applyProposal(doc, { field: 'steps', itemId: 'gone' }, 'x', 'Lou')).toBe(false);
    expect(applyProposal(doc, { field: 'slides', itemId: unit.slides[0]?.id ?? 's' }, 'x', 'Lou')).toBe(false);
    expect(yDocToUnit(doc, unit.id)).toEqual(before);
  });
});
