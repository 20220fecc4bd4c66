import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Node as PMNode, Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { EXAMPLE_UNIT, RichTextSchema, normaliseRichText, type ParagraphNode, type RichTextDoc } from '@minga/schema';
import { richTextToXmlFragment, syncXmlFragment, xmlFragmentToRichText } from './richTextYjs.ts';

// The editor's schema as Tiptap 3 declares these nodes and marks (names, attributes, defaults).
// The real one will live in packages/editor; this copy checks the Yjs encoding against y-tiptap.
const block = { group: 'block' };
const cell = { content: 'block+', attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } } };
const editorSchema = new Schema({
  nodes: {
    doc: { content: 'block*' },
    paragraph: { ...block, content: 'inline*' },
    heading: { ...block, content: 'inline*', attrs: { level: { default: 1 } } },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true },
    blockquote: { ...block, content: 'block+' },
    bulletList: { ...block, content: 'listItem+' },
    orderedList: { ...block, content: 'listItem+', attrs: { start: { default: 1 }, type: { default: null } } },
    listItem: { content: 'paragraph block*' },
    codeBlock: { ...block, content: 'text*', marks: '', attrs: { language: { default: null } } },
    horizontalRule: block,
    image: { ...block, attrs: { src: { default: null }, alt: { default: null }, title: { default: null }, width: { default: null }, height: { default: null } } },
    table: { ...block, content: 'tableRow+' },
    tableRow: { content: '(tableCell | tableHeader)*' },
    tableCell: cell,
    tableHeader: cell,
  },
  marks: {
    link: { attrs: { href: { default: null }, target: { default: '_blank' }, rel: { default: 'noopener noreferrer nofollow' }, class: { default: null }, title: { default: null } } },
    bold: {},
    italic: {},
    strike: {},
    code: {},
  },
});

const slides: RichTextDoc[] = EXAMPLE_UNIT.slides.flatMap((s) => [s.content, s.notes]);
/** What the editor makes of a document: its defaults filled in, then normalised. */
const asEditorSees = (doc: RichTextDoc) => normaliseRichText(PMNode.fromJSON(editorSchema, doc).toJSON() as RichTextDoc);

/** The raw Yjs structure of a fragment: node names, attributes, text and formatting. */
function dump(type: Y.XmlFragment | Y.XmlElement | Y.XmlText): unknown {
  if (type instanceof Y.XmlText) return { text: type.toDelta() };
  const children = type.toArray().map((c) => dump(c as Y.XmlElement | Y.XmlText));
  return type instanceof Y.XmlElement ? { name: type.nodeName, attrs: type.getAttributes(), children } : children;
}

function fragmentOf(doc: RichTextDoc): Y.XmlFragment {
  const ydoc = new Y.Doc();
  return richTextToXmlFragment(doc, ydoc.getXmlFragment('f'));
}

describe('rich text <-> Y.XmlFragment', () => {
  it('round-trips every example document: headings, marks, links, lists, tables, images, code', () => {
    for (const doc of slides) expect(xmlFragmentToRichText(fragmentOf(doc))).toEqual(doc);
  });

  it('writes exactly the Yjs structure y-tiptap writes for the same document', () => {
    for (const doc of slides) {
      const editorJson = asEditorSees(doc);
      const theirs = prosemirrorJSONToYXmlFragment(editorSchema, editorJson, new Y.Doc().getXmlFragment('f'));
      expect(dump(fragmentOf(editorJson))).toEqual(dump(theirs));
    }
  });

  it('reads what y-tiptap wrote, and y-tiptap reads what it wrote, as the editor sees the document', () => {
    for (const doc of slides) {
      const theirs = prosemirrorJSONToYXmlFragment(editorSchema, doc, new Y.Doc().getXmlFragment('f'));
      expect(xmlFragmentToRichText(theirs)).toEqual(asEditorSees(doc));
      const readByEditor = yXmlFragmentToProseMirrorRootNode(fragmentOf(doc), editorSchema).toJSON() as RichTextDoc;
      expect(normaliseRichText(readByEditor)).toEqual(asEditorSees(doc));
    }
  });

  it('gives back a document that passes the schema', () => {
    for (const doc of slides) expect(RichTextSchema.parse(xmlFragmentToRichText(fragmentOf(doc)))).toEqual(doc);
  });
});

describe('syncXmlFragment', () => {
  const p = (text: string): ParagraphNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

  it('keeps untouched paragraphs as the same Yjs nodes and edits only the changed text', () => {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('f');
    richTextToXmlFragment({ type: 'doc', content: [p('un'), p('deux'), p('trois')] }, fragment);
    const [first, second, third] = fragment.toArray();
    const secondText = (second as Y.XmlElement).get(0);
    syncXmlFragment(fragment, { type: 'doc', content: [p('un'), p('deux et demi'), p('trois')] });
    expect(fragment.toArray()).toEqual([first, second, third]);
    expect((second as Y.XmlElement).get(0)).toBe(secondText);
    expect(xmlFragmentToRichText(fragment).content[1]).toEqual(p('deux et demi'));
  });

  it('inserts, removes and reformats, and writes nothing when the document is the same', () => {
    const ydoc = new Y.Doc();
    const fragment = ydoc.getXmlFragment('f');
    const target: RichTextDoc = {
      type: 'doc',
      content: [p('zéro'), { type: 'paragraph', content: [{ type: 'text', text: 'un ' }, { type: 'text', text: 'gras', marks: [{ type: 'bold' }] }] }, p('trois 🙂')],
    };
    richTextToXmlFragment({ type: 'doc', content: [p('un gras'), p('deux'), p('trois 🙃')] }, fragment);
    syncXmlFragment(fragment, target);
    expect(xmlFragmentToRichText(fragment)).toEqual(target);
    let updates = 0;
    ydoc.on('update', () => updates++);
    syncXmlFragment(fragment, target);
    expect(updates).toBe(0);
  });

  it('merges with a concurrent edit in another paragraph', () => {
    const a = new Y.Doc();
    richTextToXmlFragment({ type: 'doc', content: [p('un'), p('deux')] }, a.getXmlFragment('f'));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    syncXmlFragment(a.getXmlFragment('f'), { type: 'doc', content: [p('un !'), p('deux')] });
    syncXmlFragment(b.getXmlFragment('f'), { type: 'doc', content: [p('un'), p('deux ?')] });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const expected = { type: 'doc', content: [p('un !'), p('deux ?')] };
    expect(xmlFragmentToRichText(a.getXmlFragment('f'))).toEqual(expected);
    expect(xmlFragmentToRichText(b.getXmlFragment('f'))).toEqual(expected);
  });
});
