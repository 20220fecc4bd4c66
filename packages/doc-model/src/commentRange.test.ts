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

  it('quotes the words of rich text without its formatting, in a slide paragraph others edit', () => {
    const amel = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    amel.getXmlFragment('content').insert(0, [paragraph]);
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, 'On partage ');
    text.insert(11, 'les communs', { bold: {} });
    text.insert(22, ' du territoire.', {});
    const range = textRange(text, 3, 22); // « partage les communs »
    expect(range.quote).toBe('partage les communs');
    const yann = forkPeer(amel);
    const yannText = (yann.getXmlFragment('content').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    yannText.insert(0, 'Ici, ');
    yannText.insert(yannText.length, ' Voilà.');
    syncPeers(amel, yann);
    for (const doc of [amel, yann]) expect(rangeText(doc, range)).toBe('partage les communs');
  });

  it('reads garbage anchors as gone rather than throwing', () => {
    const doc = new Y.Doc();
    expect(resolveRange(doc, { start: 'AAAA', end: '', quote: 'x' })).toBeNull();
  });
});
