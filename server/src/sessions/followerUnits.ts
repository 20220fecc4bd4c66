import { emptyRichText, type Unit } from '@minga/schema';

/**
 * A unit as the room sees it through a follow key: what its slides show, without the trainers'
 * notes (the speaker notes of each slide and each step's notes stay with the edit key).
 */
export function followerUnit(unit: Unit): Unit {
  return {
    ...unit,
    steps: unit.steps.map((step) => ({ ...step, notes: '' })),
    slides: unit.slides.map((slide) => ({ ...slide, notes: emptyRichText() })),
  };
}
