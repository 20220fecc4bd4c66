import { buildDeck, sixtySlideSession } from '@minga/export';
import { describe, expect, it } from 'vitest';
import { appendNavigation, computeTimers, formatElapsed, parseNavigationLog, stepTitleKey } from './timers.ts';

const { session, units } = sixtySlideSession();
const deck = buildDeck({ session, units, lang: 'en' });
const MIN = 60_000;
const t0 = Date.UTC(2026, 0, 1, 9);

describe('speaker view timers', () => {
  it('list every item of the deck with its planned minutes, steps under their unit, none started', () => {
    const report = computeTimers(deck, [], t0);
    expect(report.items.map((i) => i.itemId)).toEqual(['welcome', 'item-u1', 'item-u2', 'item-u3', 'item-u4', 'break', 'questions']);
    const u1 = report.items[1]!;
    expect(u1.plannedMinutes).toBe(14);
    expect(u1.steps.map((s) => s.plannedMinutes)).toEqual([3, 4, 4, 3]);
    expect(report.items.every((i) => !i.started && i.elapsedMs === 0)).toBe(true);
    expect(report.totalMs).toBe(0);
  });

  it('a step starts when the presenter reaches its first slide and counts only while they are on it', () => {
    const log = [
      { at: t0, slideId: 'title' },
      { at: t0 + 1 * MIN, slideId: 'item-item-u1-sl1' },
      { at: t0 + 3 * MIN, slideId: 'agenda' },
      { at: t0 + 4 * MIN, slideId: 'item-item-u1-sl2' },
    ];
    const report = computeTimers(deck, log, t0 + 6 * MIN, new Map([[stepTitleKey('item-u1', 'st1'), 'Opening talk']]));
    const u1 = report.items.find((i) => i.itemId === 'item-u1')!;
    expect(u1.elapsedMs).toBe(4 * MIN);
    expect(u1.active).toBe(true);
    expect(u1.steps[0]).toMatchObject({ label: 'Opening talk', elapsedMs: 4 * MIN, started: true, active: true, over: true });
    expect(u1.steps[1]!.started).toBe(false);
    expect(report.items.find((i) => i.itemId === 'welcome')!.started).toBe(false);
    expect(report.totalMs).toBe(6 * MIN);
  });

  it('an item is over only past its planned minutes', () => {
    const at = (min: number, slideId: string) => ({ at: t0 + min * MIN, slideId });
    const onTime = computeTimers(deck, [at(0, 'item-welcome')], t0 + 2 * MIN);
    expect(onTime.items[0]).toMatchObject({ label: 'Accueil', over: false, elapsedMs: 2 * MIN });
    const late = computeTimers(deck, [at(0, 'item-welcome')], t0 + 2 * MIN + 1);
    expect(late.items[0]!.over).toBe(true);
  });

  it('a step takes its title from its own unit, though every unit has a step of the same id', () => {
    const titles = new Map([[stepTitleKey('item-u1', 'st1'), 'Opening talk'], [stepTitleKey('item-u2', 'st1'), 'Another unit’s talk']]);
    const report = computeTimers(deck, [], t0, titles, (n) => `Step ${n}`);
    const stepsOf = (itemId: string) => report.items.find((i) => i.itemId === itemId)!.steps.map((s) => s.label);
    expect(stepsOf('item-u1')[0]).toBe('Opening talk');
    expect(stepsOf('item-u2')[0]).toBe('Another unit’s talk');
    expect(stepsOf('item-u3')[0]).toBe('Step 1');
  });

  it('slides the deck no longer has are ignored', () => {
    const report = computeTimers(deck, [{ at: t0, slideId: 'gone' }], t0 + MIN);
    expect(report.items.every((i) => !i.started)).toBe(true);
  });
});

describe('the navigation log', () => {
  it('skips repeats of the same slide and stays bounded', () => {
    let log = appendNavigation([], { at: 1, slideId: 'a' });
    log = appendNavigation(log, { at: 2, slideId: 'a' });
    expect(log).toEqual([{ at: 1, slideId: 'a' }]);
    for (let i = 0; i < 10; i++) log = appendNavigation(log, { at: 10 + i, slideId: `s${i}` }, 5);
    expect(log.map((e) => e.slideId)).toEqual(['s5', 's6', 's7', 's8', 's9']);
  });

  it('reads back only well-formed entries', () => {
    expect(parseNavigationLog([{ at: 1, slideId: 'a' }, { at: 'x', slideId: 'b' }, null, { at: 2 }])).toEqual([{ at: 1, slideId: 'a' }]);
    expect(parseNavigationLog('nope')).toEqual([]);
  });

  it('formats elapsed times as a clock', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
