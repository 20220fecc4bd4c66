import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_SESSION, SessionSchema } from '@minga/schema';
import { sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import { sessionList, sessionMeta } from './sessionLayout.ts';

function item(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe('yDocToSession on documents a peer wrote badly', () => {
  it('reads mistyped settings as their defaults and still gives a valid session', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    doc.transact(() => {
      const meta = sessionMeta(doc);
      meta.set('date', 'tomorrow');
      meta.set('startTime', '25:00');
      meta.set('targetMinutes', 'sixty');
      meta.set('theme', 'neon');
      meta.set('createdAt', 42);
      meta.set('updatedAt', { at: 'now' });
    });
    const session = yDocToSession(doc);
    expect(session).toMatchObject({ targetMinutes: 60, theme: 'minga' });
    for (const key of ['date', 'startTime', 'createdAt', 'updatedAt']) expect(session, key).not.toHaveProperty(key);
    expect(SessionSchema.safeParse(session).success).toBe(true);
  });

  it('leaves out items of unknown kind, unit items without a unit, bad keys and entries that are not maps', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    doc.transact(() => {
      const items = sessionList(doc, 'items');
      items.set('party', item({ order: 'a0', kind: 'party', title: new Y.Text('Fête'), minutes: 5 }));
      items.set('no-kind', item({ order: 'a1' }));
      items.set('no-unit', item({ order: 'a2', kind: 'unit', unitId: 42, mode: 'live' }));
      items.set('bad unit', item({ order: 'a3', kind: 'unit', unitId: 'x/../y', mode: 'live' }));
      items.set('bad key!', item({ order: 'a4', kind: 'break', title: new Y.Text('Pause'), minutes: 5 }));
      items.set('junk', 'not a map' as unknown as Y.Map<unknown>);
      sessionList(doc, 'objectives').set('', item({ text: new Y.Text('sans id') }));
      sessionList(doc, 'facilitators').set('  ', item({ name: '  ' }));
      sessionList(doc, 'facilitators').set('x', item({ name: 7 }));
    });
    const session = yDocToSession(doc);
    expect(session.items.map((i) => i.id)).toEqual(EXAMPLE_SESSION.items.map((i) => i.id));
    expect(session.objectives).toEqual(EXAMPLE_SESSION.objectives);
    expect(session.facilitators).toEqual(EXAMPLE_SESSION.facilitators);
    expect(SessionSchema.safeParse(session).success).toBe(true);
  });

  it('reads mistyped item fields as defaults: minutes brought into 0–600, a pin without a version as live', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    doc.transact(() => {
      const items = sessionList(doc, 'items');
      const welcome = items.get('it-welcome')!;
      welcome.set('minutes', 9000);
      welcome.set('facilitator', 7);
      welcome.set('title', 'plain string, not a Y.Text');
      welcome.delete('notes');
      const communs = items.get('it-communs')!;
      communs.set('mode', 'pinned');
      communs.set('minutesOverride', '30');
      communs.set('transitionNote', 12);
      (communs.get('servesObjectiveIds') as Y.Map<unknown>).set('not an id!', 'V');
      const gouvernance = items.get('it-gouvernance')!;
      gouvernance.set('mode', 'live');
      gouvernance.set('minutesOverride', -5.4);
      items.get('it-questions')!.set('servesObjectiveIds', new Y.Map());
      items.get('it-evaluation')!.set('minutes', Number.NaN);
    });
    const items = new Map(yDocToSession(doc).items.map((i) => [i.id, i]));
    expect(items.get('it-welcome')).toEqual({ id: 'it-welcome', kind: 'welcome', title: 'plain string, not a Y.Text', minutes: 600 });
    expect(items.get('it-communs')).toEqual({ id: 'it-communs', kind: 'unit', unitId: 'communs-decideurs-01', mode: 'live', facilitator: 'Yann', servesObjectiveIds: ['sobj-3'] });
    expect(items.get('it-gouvernance')).toEqual({ id: 'it-gouvernance', kind: 'unit', unitId: 'gouvernance-partagee', mode: 'live', minutesOverride: 0, facilitator: 'Amel' });
    expect(items.get('it-questions')).toEqual(EXAMPLE_SESSION.items[3]);
    expect(items.get('it-evaluation')).toMatchObject({ minutes: 0 });
    expect(SessionSchema.safeParse(yDocToSession(doc)).success).toBe(true);
  });

  it('refuses a document written with a newer layout', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    sessionMeta(doc).set('layoutVersion', 99);
    expect(() => yDocToSession(doc)).toThrow(/newer Minga/);
  });

  it('reads a document whose root types a peer wrote with the wrong shared types without throwing', () => {
    const bad = new Y.Doc();
    bad.getText('items').insert(0, 'not a map');
    bad.getMap('title').set('x', 1);
    bad.getArray('session').insert(0, [1, 2]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(bad));
    const session = yDocToSession(doc, 'odd');
    expect(session).toMatchObject({ id: 'odd', title: '', items: [], targetMinutes: 60 });
    expect(SessionSchema.safeParse(session).success).toBe(true);
  });
});
