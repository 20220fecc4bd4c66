import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SessionSchema, SESSION_SCHEMA_VERSION, type SessionInput } from './session.ts';
import { CreateSessionBodySchema, sessionFromDraft } from './sessionDraft.ts';
import { SESSION_MIGRATIONS, SessionMigrationError, migrateSession } from './sessionMigrations.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';

/** The readable error zod gives for `input`, or '' when it parses. */
function errorOf(input: unknown): string {
  const result = SessionSchema.safeParse(input);
  return result.success ? '' : z.prettifyError(result.error);
}

const withItems = (items: unknown[]) => ({ ...EXAMPLE_SESSION, items });
const free = (extra: Record<string, unknown>) => ({ id: 'f', kind: 'break', title: 'Pause', minutes: 5, ...extra });
const unitItem = (extra: Record<string, unknown>) => ({ id: 'u', kind: 'unit', unitId: 'unit-1', mode: 'live', ...extra });

describe('SessionSchema', () => {
  it('accepts the example session unchanged', () => {
    expect(SessionSchema.parse(EXAMPLE_SESSION)).toEqual(EXAMPLE_SESSION);
  });

  it('gives a session with no target duration 60 minutes and the readable theme', () => {
    const { targetMinutes: _t, theme: _th, ...rest } = EXAMPLE_SESSION;
    const parsed = SessionSchema.parse(rest satisfies SessionInput);
    expect(parsed.targetMinutes).toBe(60);
    expect(parsed.theme).toBe('minga');
  });

  it('refuses an unknown field and names it, at the top and inside an item', () => {
    expect(errorOf({ ...EXAMPLE_SESSION, colour: 'red' })).toMatch(/Unrecognized key: "colour"/);
    const error = errorOf(withItems([free({ duration: 5 })]));
    expect(error).toMatch(/Unrecognized key: "duration"/);
    expect(error).toMatch(/at items\[0\]/);
  });

  it('refuses minutes that are not whole numbers from 0 to 600, in free items, overrides and the target', () => {
    expect(errorOf(withItems([free({ minutes: 7.5 })]))).toMatch(/must be whole minutes[\s\S]*items\[0\]\.minutes/);
    expect(errorOf(withItems([free({ minutes: -1 })]))).toMatch(/0 minutes or more/);
    expect(errorOf(withItems([unitItem({ minutesOverride: 601 })]))).toMatch(/600 minutes \(10 hours\) at most[\s\S]*minutesOverride/);
    expect(errorOf(withItems([unitItem({ minutesOverride: '10' })]))).toMatch(/must be a number of minutes/);
    expect(errorOf({ ...EXAMPLE_SESSION, targetMinutes: 60.5 })).toMatch(/whole minutes[\s\S]*targetMinutes/);
    expect(errorOf({ ...EXAMPLE_SESSION, targetMinutes: Number.NaN })).not.toBe('');
    expect(errorOf(withItems([free({ minutes: 600 }), unitItem({ minutesOverride: 0 })]))).toBe('');
  });

  it('refuses an unknown item kind and lists the known ones', () => {
    expect(errorOf(withItems([free({ kind: 'lunch' })]))).toMatch(/item kind is "lunch"; must be one of unit, welcome, break, questions, evaluation, other/);
    expect(errorOf(withItems([{ id: 'x', title: 'x', minutes: 1 }]))).toMatch(/item kind is missing/);
  });

  it('refuses a pinned item without its version and a live item with one', () => {
    expect(errorOf(withItems([unitItem({ mode: 'pinned' })]))).toMatch(/pinned item needs the version[\s\S]*items\[0\]\.pinnedVersion/);
    expect(errorOf(withItems([unitItem({ pinnedVersion: 'v1' })]))).toMatch(/live item follows the unit/);
    expect(errorOf(withItems([unitItem({ mode: 'pinned', pinnedVersion: 'v1' })]))).toBe('');
    expect(errorOf(withItems([unitItem({ mode: 'frozen' })]))).toMatch(/"live" \(follows the unit\) or "pinned"/);
  });

  it('refuses a malformed date or start time, saying the expected form', () => {
    expect(errorOf({ ...EXAMPLE_SESSION, date: '14/03/2025' })).toMatch(/YYYY-MM-DD[\s\S]*at date/);
    expect(errorOf({ ...EXAMPLE_SESSION, date: '2025-02-30' })).toMatch(/YYYY-MM-DD/);
    expect(errorOf({ ...EXAMPLE_SESSION, startTime: '24:00' })).toMatch(/HH:MM on a 24-hour clock[\s\S]*at startTime/);
    expect(errorOf({ ...EXAMPLE_SESSION, startTime: '9:30' })).toMatch(/HH:MM/);
    const { date: _d, startTime: _s, ...undated } = EXAMPLE_SESSION;
    expect(errorOf(undated)).toBe('');
  });

  it('refuses an unknown theme, a duplicate item id and the same facilitator twice', () => {
    expect(errorOf({ ...EXAMPLE_SESSION, theme: 'league' })).toMatch(/must be one of minga, white, black/);
    expect(errorOf(withItems([free({}), free({})]))).toMatch(/duplicate id "f" in items/);
    expect(errorOf({ ...EXAMPLE_SESSION, facilitators: [{ name: 'Amel' }, { name: ' AMEL ' }] })).toMatch(/listed twice/);
    expect(errorOf({ ...EXAMPLE_SESSION, facilitators: [{ name: '  ' }] })).toMatch(/a facilitator needs a name/);
  });

  it('refuses a title on several lines and a unit id that cannot be a document id', () => {
    expect(errorOf({ ...EXAMPLE_SESSION, title: 'a\nb' })).toMatch(/single line[\s\S]*at title/);
    expect(errorOf(withItems([unitItem({ unitId: '../etc' })]))).toMatch(/A-Z, a-z, 0-9[\s\S]*unitId/);
  });

  it('refuses a missing schemaVersion or another one, pointing at migrateSession', () => {
    expect(errorOf({ ...EXAMPLE_SESSION, schemaVersion: 2 })).toMatch(/must be 1 \(migrate older sessions with migrateSession\)/);
  });
});

describe('session draft for POST', () => {
  it('fills every missing field, gives items fresh ids and makes unit items live', () => {
    const draft = CreateSessionBodySchema.parse({ title: 'Atelier', items: [{ kind: 'unit', unitId: 'u1' }, { kind: 'break', minutes: 10 }] });
    const session = sessionFromDraft(draft, 'new-id');
    expect(SessionSchema.parse(session)).toEqual(session);
    expect(session).toMatchObject({ schemaVersion: SESSION_SCHEMA_VERSION, id: 'new-id', title: 'Atelier', targetMinutes: 60, theme: 'minga', audience: '', objectives: [] });
    expect(session.items[0]).toMatchObject({ kind: 'unit', unitId: 'u1', mode: 'live' });
    expect(session.items[1]).toMatchObject({ kind: 'break', title: '', minutes: 10 });
    expect(session.items[0]?.id).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(session.items[0]?.id).not.toBe(session.items[1]?.id);
  });

  it('keeps the id a draft brings and still refuses unknown fields and bad minutes', () => {
    expect(sessionFromDraft(CreateSessionBodySchema.parse({ id: 'mine' }), 'other').id).toBe('mine');
    expect(CreateSessionBodySchema.safeParse({ colour: 1 }).success).toBe(false);
    expect(CreateSessionBodySchema.safeParse({ items: [{ kind: 'break', minutes: 1.5 }] }).success).toBe(false);
    expect(CreateSessionBodySchema.safeParse({ items: [{ kind: 'unit', unitId: 'u', mode: 'pinned' }] }).success).toBe(false);
  });
});

describe('session migrations', () => {
  it('have a named step for every schema version up to the current one', () => {
    expect(SESSION_MIGRATIONS.map((m) => m.toVersion)).toEqual(Array.from({ length: SESSION_SCHEMA_VERSION }, (_, i) => i + 1));
    for (const m of SESSION_MIGRATIONS) expect(m.id).toMatch(new RegExp(`^session/${m.toVersion}-[a-z-]+$`));
  });

  it('bring a current session through unchanged and refuse a newer or versionless one', () => {
    expect(SessionSchema.parse(migrateSession(structuredClone(EXAMPLE_SESSION)))).toEqual(EXAMPLE_SESSION);
    expect(() => migrateSession({ ...EXAMPLE_SESSION, schemaVersion: SESSION_SCHEMA_VERSION + 1 })).toThrow(/made by a newer Minga/);
    expect(() => migrateSession({ title: 'x' })).toThrow(/schemaVersion is missing/);
    expect(() => migrateSession(null)).toThrow(SessionMigrationError);
  });
});
