import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rangeText, resolveRange, spanRange, textRange } from './commentRange.ts';
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

  it('span paragraphs of a slide and stay on their words while others type before, inside and after them', () => {
    const amel = new Y.Doc();
    const fragment = amel.getXmlFragment('content');
    const texts = ['Les règles du commun.', 'Chacun garde la clé.', 'Le collectif décide.'].map((words) => {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      fragment.push([paragraph]);
      paragraph.insert(0, [text]);
      text.insert(0, words);
      return text;
    });
    // From « commun. » in the first paragraph to « Le collectif » in the third.
    const range = spanRange({ type: texts[0]!, index: 14 }, { type: texts[2]!, index: 12 });
    expect(range.quote).toBe('commun.\nChacun garde la clé.\nLe collectif');
    const yann = forkPeer(amel);
    const lou = forkPeer(amel);
    const textOf = (doc: Y.Doc, i: number) => (doc.getXmlFragment('content').get(i) as Y.XmlElement).get(0) as Y.XmlText;
    textOf(yann, 0).insert(0, 'Toutes ');
    textOf(yann, 1).insert(0, 'Ici, ');
    textOf(lou, 2).insert(12, ' entier'); // at the range's end: stays outside
    textOf(lou, 0).insert(14, 'bien '); // at the range's start: stays outside
    syncPeers(amel, yann, lou);
    for (const doc of [amel, yann, lou]) {
      expect(rangeText(doc, range)).toBe('commun.\nIci, Chacun garde la clé.\nLe collectif');
      expect(resolveRange(doc, range)).toMatchObject({ start: 26, end: 12 });
    }
    // A new paragraph between them is in the range; deleting the middle one leaves the rest.
    const inserted = new Y.XmlElement('paragraph');
    const insertedText = new Y.XmlText();
    inserted.insert(0, [insertedText]);
    insertedText.insert(0, 'Une voix par personne.');
    amel.getXmlFragment('content').insert(2, [inserted]);
    amel.getXmlFragment('content').delete(1);
    syncPeers(amel, yann, lou);
    for (const doc of [amel, yann, lou]) expect(rangeText(doc, range)).toBe('commun.\nUne voix par personne.\nLe collectif');
    // Once the paragraph holding its start is deleted, its words are gone.
    yann.getXmlFragment('content').delete(0);
    syncPeers(amel, yann, lou);
    for (const doc of [amel, yann, lou]) expect(rangeText(doc, range)).toBeNull();
  });

  it('reads a range across two different rich texts, or ending before it starts, as gone', () => {
    const doc = new Y.Doc();
    const text = (name: string) => {
      const paragraph = new Y.XmlElement('paragraph');
      const inner = new Y.XmlText();
      doc.getXmlFragment(name).insert(0, [paragraph]);
      paragraph.insert(0, [inner]);
      inner.insert(0, 'Des mots à commenter.');
      return inner;
    };
    const content = text('content');
    const notes = text('notes');
    expect(rangeText(doc, spanRange({ type: content, index: 4 }, { type: notes, index: 8 }))).toBeNull();
    const second = new Y.XmlElement('paragraph');
    const secondText = new Y.XmlText();
    doc.getXmlFragment('content').push([second]);
    second.insert(0, [secondText]);
    secondText.insert(0, 'Encore.');
    expect(rangeText(doc, spanRange({ type: secondText, index: 2 }, { type: content, index: 8 }))).toBeNull();
    expect(rangeText(doc, spanRange({ type: content, index: 4 }, { type: secondText, index: 6 }))).toBe('mots à commenter.\nEncore');
  });

  it('reads garbage anchors as gone rather than throwing', () => {
    const doc = new Y.Doc();
    expect(resolveRange(doc, { start: 'AAAA', end: '', quote: 'x' })).toBeNull();
  });
});
