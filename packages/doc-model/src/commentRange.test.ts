import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rangeText, resolveRange, textRange } from './commentRange.ts';
import { forkPeer, syncPeers } from './testPeers.ts';

describe('comment ranges', () => {
  it('stay on their words while others type before them, after them and at their edge', () => {
    const amel = new Y.Doc();
    const text = amel.getText('title');
    text.insert(0, 'Les communs numériques pour les décideurs');
    const range = textRange(text, 4, 22); // « communs numériques »
    expect(range.quote).toBe('communs numériques');
    const yann = forkPeer(amel);
    const lou = forkPeer(amel);
    yann.getText('title').insert(0, 'Atelier : ');
    lou.getText('title').insert(lou.getText('title').length, ' et élus');
    amel.getText('title').insert(4, 'biens '); // typed right at the range's start: stays outside
    syncPeers(amel, yann, lou);
    for (const doc of [amel, yann, lou]) expect(rangeText(doc, range)).toBe('communs numériques');
  });

  it('says the words are gone once the anchored text is deleted', () => {
    const doc = new Y.Doc();
    const text = doc.getText('description');
    text.insert(0, 'Une phrase à discuter ici.');
    const range = textRange(text, 4, 21);
    text.delete(2, 20);
    expect(resolveRange(doc, range)).toBeNull();
    expect(rangeText(doc, range)).toBeNull();
  });

  it('reads garbage anchors as gone rather than throwing', () => {
    const doc = new Y.Doc();
    expect(resolveRange(doc, { start: 'AAAA', end: '', quote: 'x' })).toBeNull();
  });
});
