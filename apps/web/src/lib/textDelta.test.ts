import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, mapIndexThroughDelta, rebaseEdit, type TextDeltaOp } from './textDelta.ts';

/** The delta Yjs reports for a change made by `change` on a Y.Text holding `initial`. */
function deltaOf(initial: string, change: (text: Y.Text) => void): TextDeltaOp[] {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  let delta: TextDeltaOp[] = [];
  text.observe((event) => {
    delta = event.delta as TextDeltaOp[];
  });
  doc.transact(() => change(text));
  return delta;
}

function applyEdit(text: string, edit: { index: number; remove: number; insert: string }): string {
  return text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove);
}

describe('a caret in a collaborative text field', () => {
  it('moves right when someone types before it', () => {
    const delta = deltaOf('Bonjour', (t) => t.insert(0, 'Oh. '));
    expect(mapIndexThroughDelta(7, delta)).toBe(11);
  });

  it('stays put when someone types after it', () => {
    const delta = deltaOf('Bonjour le monde', (t) => t.insert(16, ' !'));
    expect(mapIndexThroughDelta(3, delta)).toBe(3);
  });

  it('stays before text inserted exactly where it stands, while a selection end grows over it', () => {
    const delta = deltaOf('abcdef', (t) => t.insert(3, 'XYZ'));
    expect(mapIndexThroughDelta(3, delta)).toBe(3);
    expect(mapIndexThroughDelta(3, delta, true)).toBe(6);
  });

  it('moves left when text before it is deleted, and to the cut when the deletion spans it', () => {
    const delta = deltaOf('0123456789', (t) => t.delete(2, 4));
    expect(mapIndexThroughDelta(8, delta)).toBe(4);
    expect(mapIndexThroughDelta(4, delta)).toBe(2);
    expect(mapIndexThroughDelta(1, delta)).toBe(1);
  });

  it('follows several changes in one transaction', () => {
    const delta = deltaOf('un deux trois', (t) => {
      t.delete(0, 3);
      t.insert(10, '!');
    });
    // "deux trois" then "deux trois!": the caret after "deux" stays after "deux".
    expect(mapIndexThroughDelta(7, delta)).toBe(4);
  });
});

describe('the local edit of a text field', () => {
  it('is the minimal replacement in the middle', () => {
    expect(diffText('Atelier tiers-lieux', 'Atelier des tiers-lieux')).toEqual({ index: 8, remove: 0, insert: 'des ' });
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abcdef', 'abXYef')).toEqual({ index: 2, remove: 2, insert: 'XY' });
  });

  it('lands where the caret is in a run of equal characters', () => {
    // Typing "a" after the first "a" of "aa": the caret ends at 2.
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    // Backspace on the first "l" of "allo": the caret ends at 1.
    expect(diffText('allo', 'alo', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('never splits an emoji', () => {
    const edit = diffText('a😀b', 'a😃b');
    expect(edit).not.toBeNull();
    expect(applyEdit('a😀b', edit!)).toBe('a😃b');
    expect(edit!.insert).toBe('😃');
  });

  it('rebased over changes not yet shown, keeps what the others wrote', () => {
    // The person saw "Salut" and typed " tout le monde"; meanwhile someone wrote "Oh, " in front.
    const seen = 'Salut';
    const edit = diffText(seen, 'Salut tout le monde', 19)!;
    const remote = deltaOf(seen, (t) => t.insert(0, 'Oh, '));
    const rebased = rebaseEdit(edit, [remote]);
    expect(applyEdit('Oh, Salut', rebased)).toBe('Oh, Salut tout le monde');
  });

  it('two people typing in the same field at once both keep their words', () => {
    const amel = new Y.Doc();
    const yann = new Y.Doc();
    amel.getText('title').insert(0, 'Atelier');
    Y.applyUpdate(yann, Y.encodeStateAsUpdate(amel));
    const apply = (doc: Y.Doc, before: string, after: string) => {
      const edit = diffText(before, after)!;
      const text = doc.getText('title');
      text.delete(edit.index, edit.remove);
      text.insert(edit.index, edit.insert);
    };
    apply(amel, 'Atelier', 'Atelier communs');
    apply(yann, 'Atelier', 'Grand atelier');
    Y.applyUpdate(yann, Y.encodeStateAsUpdate(amel));
    Y.applyUpdate(amel, Y.encodeStateAsUpdate(yann));
    expect(amel.getText('title').toString()).toBe(yann.getText('title').toString());
    expect(amel.getText('title').toString()).toContain('communs');
    expect(amel.getText('title').toString()).toContain('Grand a');
  });
});
