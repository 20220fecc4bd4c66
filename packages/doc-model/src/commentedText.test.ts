import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rangeText, textRange } from './commentRange.ts';
import { commentedText } from './commentedText.ts';
import { forkPeer, syncPeers } from './testPeers.ts';
import { insertItem, moveItem, removeItem } from './unitOps.ts';
import { itemText } from './unitLayout.ts';

/** A unit with two objectives and a step, as a person who opened it has it. */
function unitWithLists(): Y.Doc {
  const doc = new Y.Doc();
  insertItem(doc, 'objectives', { id: 'obj-a', text: 'Nommer les communs du territoire' });
  insertItem(doc, 'objectives', { id: 'obj-b', text: 'Rédiger une charte' });
  insertItem(doc, 'steps', { id: 'step-a', title: 'Tour de table', kind: 'discussion', minutes: 10, notes: 'Chacun dit son prénom.' });
  insertItem(doc, 'nextSteps', { id: 'next-a', text: 'Envoyer le compte rendu', done: false });
  return doc;
}

describe('commented text of a unit', () => {
  it('finds the text of each list item part, and nothing for a removed item or a part without plain text', () => {
    const doc = unitWithLists();
    expect(commentedText(doc, { field: 'title' })).toBe(doc.getText('title'));
    expect(commentedText(doc, { field: 'objectives', itemId: 'obj-b' })?.toString()).toBe('Rédiger une charte');
    expect(commentedText(doc, { field: 'steps', itemId: 'step-a' })?.toString()).toBe('Tour de table');
    expect(commentedText(doc, { field: 'steps', itemId: 'step-a', part: 'notes' })?.toString()).toBe('Chacun dit son prénom.');
    expect(commentedText(doc, { field: 'nextSteps', itemId: 'next-a', part: 'text' })?.toString()).toBe('Envoyer le compte rendu');
    expect(commentedText(doc, { field: 'objectives', itemId: 'obj-a', part: 'notes' })).toBeNull();
    expect(commentedText(doc, { field: 'slides', itemId: 'obj-a' })).toBeNull();
    expect(commentedText(doc, { field: 'title', part: 'text' })).toBeNull();
    removeItem(doc, 'objectives', 'obj-a');
    expect(commentedText(doc, { field: 'objectives', itemId: 'obj-a' })).toBeNull();
  });

  it('keeps a range on words of an objective while others type before them and reorder the list', () => {
    const amel = unitWithLists();
    const text = commentedText(amel, { field: 'objectives', itemId: 'obj-a' })!;
    const range = textRange(text, 11, 18); // « communs »
    expect(range.quote).toBe('communs');
    const yann = forkPeer(amel);
    const lou = forkPeer(amel);
    itemText(yann, 'objectives', 'obj-a', 'text')!.insert(0, 'Savoir ');
    itemText(lou, 'objectives', 'obj-a', 'text')!.insert(18, ' numériques'); // right at the range's end: stays outside
    moveItem(lou, 'objectives', 'obj-a', 1);
    insertItem(amel, 'objectives', { id: 'obj-c', text: 'Se présenter' }, 0);
    syncPeers(amel, yann, lou);
    for (const doc of [amel, yann, lou]) {
      expect(itemText(doc, 'objectives', 'obj-a', 'text')!.toString()).toBe('Savoir Nommer les communs numériques du territoire');
      expect(rangeText(doc, range)).toBe('communs');
    }
  });

  it('says the words are gone once their item is removed, even while someone was typing in it', () => {
    const amel = unitWithLists();
    const range = textRange(commentedText(amel, { field: 'steps', itemId: 'step-a', part: 'notes' })!, 7, 11); // « dit »
    const nextRange = textRange(commentedText(amel, { field: 'nextSteps', itemId: 'next-a' })!, 0, 7); // « Envoyer »
    expect([range.quote, nextRange.quote]).toEqual(['dit ', 'Envoyer']);
    const yann = forkPeer(amel);
    itemText(yann, 'steps', 'step-a', 'notes')!.insert(0, 'Puis ');
    removeItem(amel, 'steps', 'step-a');
    removeItem(amel, 'nextSteps', 'next-a');
    syncPeers(amel, yann);
    for (const doc of [amel, yann]) {
      expect(rangeText(doc, range)).toBeNull();
      expect(rangeText(doc, nextRange)).toBeNull();
    }
  });
});
