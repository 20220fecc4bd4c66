import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLE_UNIT, UnitSchema } from '@minga/schema';
import { unitToYDoc } from './applyUnitJson.ts';
import { yDocToUnit } from './yDocToUnit.ts';
import { slideFragment, unitList, unitMeta } from './unitLayout.ts';

describe('yDocToUnit on documents a peer wrote badly', () => {
  it('reads mistyped values as their defaults and still gives a valid unit', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    doc.transact(() => {
      unitMeta(doc).set('licence', 'All rights reserved');
      unitMeta(doc).set('language', 42);
      unitMeta(doc).set('source', { url: 'javascript:alert(1)' });
      const step = unitList(doc, 'steps').get('st-1')!;
      step.set('minutes', 9000);
      step.set('kind', 'party');
      unitList(doc, 'objectives').set('junk', 'not a map' as unknown as Y.Map<unknown>);
      doc.getMap('hashtags').set('Not Normalised', 'V');
    });
    const unit = yDocToUnit(doc);
    expect(unit).toMatchObject({ licence: 'CC-BY-SA-4.0', language: 'fr', hashtags: EXAMPLE_UNIT.hashtags });
    expect(unit.source).toBeUndefined();
    expect(unit.steps[0]).toMatchObject({ minutes: 600, kind: 'other' });
    expect(unit.objectives.map((o) => o.id)).toEqual(['obj-1', 'obj-2']);
    expect(UnitSchema.safeParse(unit).success).toBe(true);
  });

  it('drops script nodes, unknown marks and javascript: links from rich text, keeping the text', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    const fragment = slideFragment(doc, 'sl-1', 'notes')!;
    doc.transact(() => {
      const script = new Y.XmlElement('script');
      script.insert(0, [new Y.XmlText('alert(1)')]);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      fragment.insert(0, [script, paragraph]);
      text.insert(0, 'clic', { link: { href: 'javascript:alert(1)' }, bold: {}, onclick: { code: 'x' } });
    });
    const notes = yDocToUnit(doc).slides[0]!.notes;
    expect(notes.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'clic', marks: [{ type: 'bold' }] }] });
    expect(JSON.stringify(notes)).not.toMatch(/script|javascript|onclick/);
  });

  it('refuses a document written with a newer layout', () => {
    const doc = unitToYDoc(EXAMPLE_UNIT);
    unitMeta(doc).set('layoutVersion', 99);
    expect(() => yDocToUnit(doc)).toThrow(/newer Minga/);
  });
});
