import { describe, expect, it } from 'vitest';
import { isBlankSession, isBlankUnit } from './blankDocs.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import { SessionDraftSchema, sessionFromDraft } from './sessionDraft.ts';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { UnitDraftSchema, unitFromDraft } from './unitDraft.ts';

const newUnit = (draft: Record<string, unknown> = {}) => unitFromDraft(UnitDraftSchema.parse(draft), 'unit-1');
const newSession = (draft: Record<string, unknown> = {}) => sessionFromDraft(SessionDraftSchema.parse(draft), 'session-1');

describe('isBlankUnit', () => {
  it('says a unit created with nothing in it, or only spaces in its title, is blank', () => {
    expect(isBlankUnit(newUnit())).toBe(true);
    expect(isBlankUnit(newUnit({ title: '   ', language: 'en', contributors: [{ name: 'Amel' }] }))).toBe(true);
  });

  it('says a unit with a title, a step or a slide is written in', () => {
    expect(isBlankUnit(newUnit({ title: 'Les communs' }))).toBe(false);
    expect(isBlankUnit(newUnit({ steps: [{ title: '', minutes: 5 }] }))).toBe(false);
    expect(isBlankUnit(newUnit({ slides: [{}] }))).toBe(false);
    expect(isBlankUnit(EXAMPLE_UNIT)).toBe(false);
  });
});

describe('isBlankSession', () => {
  it('says a session created with nothing in it is blank, whatever its target duration', () => {
    expect(isBlankSession(newSession())).toBe(true);
    expect(isBlankSession(newSession({ targetMinutes: 90 }))).toBe(true);
  });

  it('says a session with a title, a date or an item is written in', () => {
    expect(isBlankSession(newSession({ title: 'Formation-action' }))).toBe(false);
    expect(isBlankSession(newSession({ date: '2026-03-14' }))).toBe(false);
    expect(isBlankSession(newSession({ items: [{ kind: 'break', minutes: 5 }] }))).toBe(false);
    expect(isBlankSession(EXAMPLE_SESSION)).toBe(false);
  });
});
