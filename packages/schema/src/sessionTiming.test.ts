import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT } from './unitExample.ts';
import { EXAMPLE_SESSION } from './sessionExample.ts';
import type { Session, SessionItem } from './session.ts';
import type { Unit } from './unit.ts';
import {
  budgetStatus, clockTimeAt, computeSessionTiming, computeStepTimings, formatClockTime, lookupUnit, parseClockTime,
} from './sessionTiming.ts';

const unitWith = (id: string, minutes: number[]): Unit => ({
  ...EXAMPLE_UNIT,
  id,
  steps: minutes.map((m, i) => ({ id: `s${i}`, title: `Step ${i}`, kind: 'talk', minutes: m, notes: '' })),
});
const session = (items: SessionItem[], extra: Partial<Session> = {}): Session => ({ ...EXAMPLE_SESSION, items, ...extra });
const hhmm = (t: { start?: { hhmm: string }; end?: { hhmm: string } }) => `${t.start?.hhmm}-${t.end?.hhmm}`;

describe('session timing', () => {
  it('times the example session at exactly 60 minutes from 14:00 when both units are there', () => {
    const units = new Map([['communs-decideurs-01', EXAMPLE_UNIT], ['gouvernance-partagee', unitWith('gouvernance-partagee', [10, 5])]]);
    const timing = computeSessionTiming(EXAMPLE_SESSION, units);
    expect(timing.items.map((t) => [t.itemId, t.minutes, t.source])).toEqual([
      ['it-welcome', 5, 'free'],
      ['it-communs', 30, 'override'],
      ['it-gouvernance', 15, 'unit'],
      ['it-questions', 5, 'free'],
      ['it-evaluation', 5, 'free'],
    ]);
    expect(timing.items.map(hhmm)).toEqual(['14:00-14:05', '14:05-14:35', '14:35-14:50', '14:50-14:55', '14:55-15:00']);
    expect(timing.totalMinutes).toBe(60);
    expect(timing.budget).toEqual({ status: 'exact', by: 0 });
    expect(timing.items[1]?.unitMinutes).toBe(60);
    expect(hhmm(timing)).toBe('14:00-15:00');
  });

  it('counts a deleted unit as 0 minutes, says so, and keeps timing the rest', () => {
    const timing = computeSessionTiming(EXAMPLE_SESSION, new Map([['communs-decideurs-01', EXAMPLE_UNIT]]));
    expect(timing.items[2]).toMatchObject({ itemId: 'it-gouvernance', minutes: 0, source: 'missing', unitMissing: true });
    expect(timing.items[3]?.start?.hhmm).toBe('14:35');
    expect(timing.budget).toEqual({ status: 'under', by: 15 });
  });

  it('keeps an override for a deleted unit but marks the unit missing', () => {
    const items: SessionItem[] = [{ id: 'a', kind: 'unit', unitId: 'gone', mode: 'live', minutesOverride: 20 }];
    expect(computeSessionTiming(session(items), {}).items[0]).toMatchObject({ minutes: 20, source: 'override', unitMissing: true });
  });

  it('says by how many minutes a session is over budget', () => {
    const items: SessionItem[] = [{ id: 'a', kind: 'unit', unitId: 'u', mode: 'live' }, { id: 'b', kind: 'break', title: '', minutes: 10 }];
    const timing = computeSessionTiming(session(items), { u: unitWith('u', [30, 25]) });
    expect(timing.totalMinutes).toBe(65);
    expect(timing.budget).toEqual({ status: 'over', by: 5 });
  });

  it('gives no clock times without a start time, only offsets', () => {
    const { startTime: _s, ...noStart } = EXAMPLE_SESSION;
    const timing = computeSessionTiming(noStart, {});
    expect(timing.start).toBeUndefined();
    expect(timing.items[1]).not.toHaveProperty('start');
    expect(timing.items.map((t) => t.startOffset)).toEqual([0, 5, 35, 35, 40]);
  });

  it('wraps clock times past midnight into the next day', () => {
    const items: SessionItem[] = [{ id: 'a', kind: 'other', title: 'Veillée', minutes: 90 }, { id: 'b', kind: 'other', title: 'Nuit', minutes: 600 }];
    const timing = computeSessionTiming(session(items, { startTime: '23:15' }), {});
    expect(timing.items[0]?.end).toEqual({ hhmm: '00:45', dayOffset: 1 });
    expect(timing.items[1]?.end).toEqual({ hhmm: '10:45', dayOffset: 1 });
    expect(formatClockTime(timing.items[0]!.start!)).toBe('23:15');
    expect(formatClockTime(timing.items[0]!.end!)).toBe('00:45 (+1)');
    expect(clockTimeAt('00:00', 3 * 1440 + 1)).toEqual({ hhmm: '00:01', dayOffset: 3 });
  });

  it('reads only well-formed HH:MM times', () => {
    expect(parseClockTime('09:05')).toBe(545);
    expect(parseClockTime('23:59')).toBe(1439);
    for (const bad of ['9:05', '24:00', '12:60', '12h30', '']) expect(parseClockTime(bad)).toBeUndefined();
    expect(clockTimeAt('25:00', 5)).toBeUndefined();
  });

  it('never takes a unit from the prototype chain of a plain object', () => {
    expect(lookupUnit({}, 'constructor')).toBeUndefined();
    expect(lookupUnit({}, '__proto__')).toBeUndefined();
    const items: SessionItem[] = [{ id: 'a', kind: 'unit', unitId: 'constructor', mode: 'live' }];
    expect(computeSessionTiming(session(items), {}).items[0]?.source).toBe('missing');
  });

  it('lays a unit’s steps end to end from the item’s start', () => {
    const steps = computeStepTimings(EXAMPLE_UNIT.steps, 5, '14:00');
    expect(steps.map(hhmm)).toEqual(['14:05-14:15', '14:15-14:35', '14:35-14:50', '14:50-14:55', '14:55-15:05', '15:05-15:05']);
    expect(computeStepTimings([{ id: 'x', minutes: 3 }])).toEqual([{ stepId: 'x', minutes: 3, startOffset: 0, endOffset: 3 }]);
  });

  it('compares a total with its target', () => {
    expect(budgetStatus(60, 60)).toEqual({ status: 'exact', by: 0 });
    expect(budgetStatus(45, 60)).toEqual({ status: 'under', by: 15 });
    expect(budgetStatus(61, 60)).toEqual({ status: 'over', by: 1 });
  });
});
