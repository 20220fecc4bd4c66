import { EXAMPLE_UNIT, type Session, type Unit } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { runSheetRows } from './runSheetRows.ts';

const unit = (id: string, minutes: number[], contributors: string[], licence: Unit['licence'] = EXAMPLE_UNIT.licence): Unit => ({
  ...EXAMPLE_UNIT,
  id,
  title: `Unité ${id}`,
  steps: minutes.map((m, i) => ({ id: `${id}-s${i}`, title: `Étape ${i + 1}`, kind: 'talk', minutes: m, notes: '' })),
  contributors: contributors.map((name) => ({ name })),
  licence,
});

const session = (items: Session['items'], startTime?: string): Session => ({
  schemaVersion: 1,
  id: 'sess',
  title: 'Formation-action',
  audience: 'Élus',
  place: '',
  targetMinutes: 60,
  objectives: [],
  promotionalDescription: '',
  facilitators: [],
  nextSteps: [],
  theme: 'minga',
  items,
  ...(startTime ? { startTime } : {}),
});

describe('runSheetRows: the run-sheet of a session', () => {
  it('lists each item with its clock times, then its unit steps, and credits everyone once', () => {
    const units = { a: unit('a', [10, 10], ['Amel', 'Yann']), b: unit('b', [15], ['yann ', 'Simon']) };
    const sheet = runSheetRows(session([
      { id: 'w1', kind: 'welcome', title: 'Accueil café', minutes: 5, notes: 'Café à gauche' },
      { id: 'u1', kind: 'unit', unitId: 'a', mode: 'live', facilitator: 'Amel', transitionNote: 'On enchaîne' },
      { id: 'u2', kind: 'unit', unitId: 'b', mode: 'pinned', pinnedVersion: '7' },
    ], '09:30'), units);
    expect(sheet.rows.map((row) => [row.type, row.type === 'item' ? row.title : row.title, row.time?.start?.hhmm])).toEqual([
      ['item', 'Accueil café', '09:30'],
      ['item', 'Unité a', '09:35'],
      ['step', 'Étape 1', '09:35'],
      ['step', 'Étape 2', '09:45'],
      ['item', 'Unité b', '09:55'],
      ['step', 'Étape 1', '09:55'],
    ]);
    expect(sheet.rows[0]).toMatchObject({ notes: 'Café à gauche' });
    expect(sheet.rows[1]).toMatchObject({ who: 'Amel', notes: 'On enchaîne', materials: EXAMPLE_UNIT.materials });
    expect(sheet.rows[4]).toMatchObject({ pinnedVersion: '7' });
    expect(sheet.timing.totalMinutes).toBe(40);
    expect(sheet.credits.contributors.map((c) => c.name)).toEqual(['Amel', 'Yann', 'Simon']);
    expect(sheet.credits.licences).toEqual([EXAMPLE_UNIT.licence]);
  });

  it('an overridden unit says its own minutes, and its steps get no clock times that would run past its slot', () => {
    const sheet = runSheetRows(session([{ id: 'u1', kind: 'unit', unitId: 'a', mode: 'live', minutesOverride: 15 }], '14:00'), { a: unit('a', [10, 10], []) });
    expect(sheet.rows[0]).toMatchObject({ minutes: 15, overriddenFrom: 20 });
    expect(sheet.rows[1]).not.toHaveProperty('time');
  });

  it('a deleted or unreadable unit takes one clear row, counts 0 minutes unless overridden, and never breaks the sheet', () => {
    const sheet = runSheetRows(session([
      { id: 'u1', kind: 'unit', unitId: 'gone', mode: 'live' },
      { id: 'u2', kind: 'unit', unitId: 'odd', mode: 'live', minutesOverride: 10 },
      { id: 'b1', kind: 'break', title: '', minutes: 10 },
    ]), { gone: null, odd: { title: 42 } });
    expect(sheet.rows.map((row) => row.type === 'item' && [row.unitMissing, row.minutes, row.time.startOffset])).toEqual([
      [true, 0, 0],
      [true, 10, 0],
      [false, 10, 10],
    ]);
    expect(sheet.credits.units.map((u) => u.missing)).toEqual([true, true]);
  });
});
