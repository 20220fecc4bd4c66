import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_SESSION, type Session } from '@minga/schema';
import { applySessionJson, sessionToYDoc } from './applySessionJson.ts';
import { yDocToSession } from './yDocToSession.ts';
import { SESSION_ROOTS, sessionItemText, sessionList, sessionText } from './sessionLayout.ts';

function countUpdates(doc: Y.Doc): () => number {
  let n = 0;
  doc.on('update', () => n++);
  return () => n;
}

/** Every field a change wrote, as `root.path.key` (a text edit as `root.path`). */
function changedFields(doc: Y.Doc, change: () => void): string[] {
  const changed = new Set<string>();
  const roots = Object.values(SESSION_ROOTS).map((name) => [name, doc.get(name)] as const);
  const handlers = roots.map(([name, type]) => {
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        const at = [name, ...event.path].join('.');
        if (event instanceof Y.YMapEvent) for (const key of event.keysChanged) changed.add(`${at}.${key}`);
        else changed.add(at);
      }
    };
    type.observeDeep(handler);
    return () => type.unobserveDeep(handler);
  });
  change();
  handlers.forEach((off) => off());
  return [...changed].sort();
}

const itemsOf = (session: Session) => new Map(session.items.map((item) => [item.id, item]));

describe('applySessionJson', () => {
  it('writes nothing when the document already holds the session', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const updates = countUpdates(doc);
    applySessionJson(doc, structuredClone(EXAMPLE_SESSION));
    expect(updates()).toBe(0);
  });

  it('applies a whole session in one transaction', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const updates = countUpdates(doc);
    applySessionJson(doc, { ...EXAMPLE_SESSION, title: 'Autre', items: EXAMPLE_SESSION.items.slice(1), theme: 'black', facilitators: [] });
    expect(updates()).toBe(1);
  });

  it('touches only the fields that changed: one text, one item field, one order key', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const [welcome, ...rest] = EXAMPLE_SESSION.items;
    const next: Session = {
      ...EXAMPLE_SESSION,
      title: `${EXAMPLE_SESSION.title} !`,
      targetMinutes: 90,
      items: [...rest.map((item) => (item.id === 'it-questions' ? { ...item, minutes: 10 } : item)), welcome!],
    };
    expect(changedFields(doc, () => applySessionJson(doc, next))).toEqual([
      'items.it-questions.minutes',
      'items.it-welcome.order',
      'session.targetMinutes',
      'title',
    ]);
    expect(yDocToSession(doc)).toEqual(next);
  });

  it('links an objective by adding it to the item\'s set, leaving the other links alone', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const next: Session = {
      ...EXAMPLE_SESSION,
      items: EXAMPLE_SESSION.items.map((item) => (item.id === 'it-communs' ? { ...item, servesObjectiveIds: ['sobj-3', 'sobj-1'] } : item)),
    };
    expect(changedFields(doc, () => applySessionJson(doc, next))).toEqual(['items.it-communs.servesObjectiveIds.sobj-1']);
    expect(itemsOf(yDocToSession(doc)).get('it-communs')).toMatchObject({ servesObjectiveIds: ['sobj-3', 'sobj-1'] });
  });

  it('keeps the Y.Texts of untouched fields and items as the same Yjs objects', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const title = sessionText(doc, 'title');
    const note = sessionItemText(doc, 'it-communs', 'transitionNote');
    const welcomeTitle = sessionItemText(doc, 'it-welcome', 'title');
    applySessionJson(doc, {
      ...EXAMPLE_SESSION,
      title: 'Nouveau',
      items: EXAMPLE_SESSION.items.map((item) => (item.id === 'it-welcome' ? { ...item, minutes: 7 } : item)),
    });
    expect(sessionText(doc, 'title')).toBe(title);
    expect(sessionItemText(doc, 'it-communs', 'transitionNote')).toBe(note);
    expect(sessionItemText(doc, 'it-welcome', 'title')).toBe(welcomeTitle);
  });

  it('edits a changed text where it changed, so a caret elsewhere stays put', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const text = sessionText(doc, 'promotionalDescription');
    const caret = Y.createRelativePositionFromTypeIndex(text, text.length - 1);
    applySessionJson(doc, { ...EXAMPLE_SESSION, promotionalDescription: `Deux heures${EXAMPLE_SESSION.promotionalDescription.slice(9)}` });
    const at = Y.createAbsolutePositionFromRelativePosition(caret, doc)!.index;
    expect(text.toString().slice(at)).toBe('.');
  });

  it('adds, removes and clears: items, facilitators, optional fields, a pin, an item\'s kind', () => {
    const doc = sessionToYDoc(EXAMPLE_SESSION);
    const { date: _date, startTime: _startTime, createdAt: _createdAt, ...withoutOptional } = EXAMPLE_SESSION;
    const next: Session = {
      ...withoutOptional,
      facilitators: [{ name: 'Léa' }],
      objectives: [],
      items: [
        { id: 'it-gouvernance', kind: 'unit', unitId: 'gouvernance-partagee', mode: 'live' },
        { id: 'it-communs', kind: 'break', title: 'Pause', minutes: 10 },
        { id: 'it-new', kind: 'unit', unitId: 'autre-unite', mode: 'pinned', pinnedVersion: 'v1', servesObjectiveIds: ['x'] },
      ],
    };
    applySessionJson(doc, next);
    expect(yDocToSession(doc)).toEqual(next);
    const turned = sessionList(doc, 'items').get('it-communs')!;
    expect([...turned.keys()].sort()).toEqual(['kind', 'minutes', 'notes', 'order', 'title']);
    expect(sessionList(doc, 'items').get('it-gouvernance')!.has('pinnedVersion')).toBe(false);
  });
});
