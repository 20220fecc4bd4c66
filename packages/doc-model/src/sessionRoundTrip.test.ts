import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CreateSessionBodySchema, EXAMPLE_SESSION, SessionSchema, sessionFromDraft, type Session } from '@minga/schema';
import { sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import { forkPeer } from './testPeers.ts';

const roundTrip = (session: Session) => yDocToSession(forkPeer(sessionToYDoc(session)));
const minimal = sessionFromDraft(CreateSessionBodySchema.parse({}), 's1');

describe('session JSON -> Yjs -> JSON', () => {
  it('gives back the example session, every field and item kind included, after travelling to another peer', () => {
    expect(roundTrip(EXAMPLE_SESSION)).toEqual(EXAMPLE_SESSION);
  });

  it('gives back each field on its own', () => {
    expect(roundTrip(minimal)).toEqual(minimal);
    for (const key of Object.keys(EXAMPLE_SESSION) as (keyof Session)[]) {
      const session = { ...minimal, [key]: EXAMPLE_SESSION[key], id: 's1' } as Session;
      expect(roundTrip(session), key).toEqual(session);
    }
  });

  it('gives back every field of both kinds of item, in any order', () => {
    const session: Session = {
      ...minimal,
      objectives: [{ id: 'o-b', text: 'deux' }, { id: 'o-a', text: '' }],
      facilitators: [{ name: 'Yann' }, { name: 'Amel' }],
      nextSteps: [{ id: 'n-2', text: 'Relancer', done: true }, { id: 'n-1', text: '', done: false }],
      items: [
        { id: 'z-break', kind: 'break', title: 'Pause', minutes: 10, facilitator: 'Yann', notes: 'Café\nà gauche' },
        {
          id: 'a-unit', kind: 'unit', unitId: 'u-1', mode: 'pinned', pinnedVersion: 'Version du 3 mars', minutesOverride: 0,
          facilitator: '', transitionNote: 'Et maintenant…', servesObjectiveIds: ['o-b', 'o-a', 'gone'],
        },
        { id: 'm-other', kind: 'other', title: '', minutes: 600 },
        { id: 'b-unit', kind: 'unit', unitId: 'u-2', mode: 'live' },
        ...(['welcome', 'questions', 'evaluation'] as const).map((kind) => ({ id: `k-${kind}`, kind, title: kind, minutes: 1 })),
      ],
    };
    expect(roundTrip(session)).toEqual(session);
  });

  it('gives a result the schema accepts as it is, with its keys in the schema\'s order', () => {
    const result = roundTrip(EXAMPLE_SESSION);
    expect(SessionSchema.parse(result)).toEqual(EXAMPLE_SESSION);
    expect(JSON.stringify(result)).toBe(JSON.stringify(EXAMPLE_SESSION));
  });

  it('reads an empty transition note, empty free-item notes and no objective links as left out', () => {
    const session: Session = {
      ...minimal,
      items: [
        { id: 'u', kind: 'unit', unitId: 'u-1', mode: 'live', transitionNote: '', servesObjectiveIds: [] },
        { id: 'f', kind: 'break', title: 'Pause', minutes: 5, notes: '' },
      ],
    };
    expect(roundTrip(session).items).toEqual([
      { id: 'u', kind: 'unit', unitId: 'u-1', mode: 'live' },
      { id: 'f', kind: 'break', title: 'Pause', minutes: 5 },
    ]);
  });

  it('takes the id from the sync path over the one stored in the document', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    expect(yDocToSession(doc, 'copy-2').id).toBe('copy-2');
    expect(() => yDocToSession(new Y.Doc())).toThrow(/no session id/);
    expect(yDocToSession(new Y.Doc(), 'fresh')).toEqual({ ...minimal, id: 'fresh' });
  });
});
