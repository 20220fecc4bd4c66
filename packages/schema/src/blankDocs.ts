import type { Session } from './session.ts';
import type { Unit } from './unit.ts';

const blank = (text: string) => text.trim() === '';

/**
 * True for a unit nobody wrote anything in: no title and no content. The library leaves such a
 * unit out (a stray "new unit" would otherwise list an empty "Untitled unit"); it appears as
 * soon as someone writes a word in it. Language, licence and contributors are not writing.
 */
export function isBlankUnit(unit: Unit): boolean {
  return (
    blank(unit.title) && blank(unit.description) && blank(unit.context) && blank(unit.participants)
    && unit.hashtags.length === 0 && unit.nextSteps.length === 0 && unit.objectives.length === 0
    && unit.steps.length === 0 && unit.slides.length === 0 && unit.materials.length === 0
    && unit.source === undefined
  );
}

/** True for a session nobody wrote anything in: no title, date, audience, place or items. The session list leaves it out. */
export function isBlankSession(session: Session): boolean {
  return (
    blank(session.title) && blank(session.audience) && blank(session.place) && blank(session.promotionalDescription)
    && session.date === undefined && session.items.length === 0 && session.objectives.length === 0
    && session.facilitators.length === 0 && session.nextSteps.length === 0
  );
}
