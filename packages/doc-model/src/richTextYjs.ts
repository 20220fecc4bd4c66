import * as Y from 'yjs';
import { commonEnds } from './syncText.ts';
import { jsonEqual, normaliseRichText, type RichTextDoc, type RichTextMark } from '@minga/schema';

/**
 * ProseMirror/Tiptap JSON <-> Y.XmlFragment, without a DOM or an editor, in the encoding of
 * @tiptap/y-tiptap (the binding behind Tiptap's Collaboration extension), so the editor opens
 * what the server wrote and the server reads what the editor wrote:
 * - a node is a Y.XmlElement whose nodeName is the node type; its non-null attrs are element attributes;
 * - a run of adjacent text nodes is one Y.XmlText; each mark is a formatting attribute named
 *   after the mark type whose value is the mark's attrs object (`{}` when it has none);
 * - y-tiptap names marks that may overlap `<type>--<hash>`; the hash is dropped on read.
 */

type YNode = Y.XmlElement | Y.XmlText;
type Attrs = Record<string, unknown>;
/** A node of rich text JSON, loosely typed: the converters handle any tree the schema lets through. */
interface JsonNode { type: string; text?: string; attrs?: Attrs; marks?: RichTextMark[]; content?: JsonNode[] }
interface TextRun { text: string; attributes: Attrs }
type Group = { kind: 'element'; node: JsonNode } | { kind: 'text'; runs: TextRun[] };

const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** The formatting attributes y-tiptap stores for a text node's marks. */
function marksToAttributes(marks: readonly RichTextMark[] | undefined): Attrs {
  const attributes: Attrs = {};
  for (const mark of marks ?? []) attributes[mark.type] = 'attrs' in mark && mark.attrs ? mark.attrs : {};
  return attributes;
}

function attributesToMarks(attributes: Attrs | undefined): RichTextMark[] {
  const marks: Attrs[] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined) continue;
    const type = HASHED_MARK_NAME.exec(key)?.[1] ?? key;
    const hasAttrs = typeof value === 'object' && Object.keys(value).length > 0;
    marks.push(hasAttrs ? { type, attrs: value } : { type });
  }
  return marks as unknown as RichTextMark[];
}

/** Splits content into elements and runs of adjacent text, the way y-tiptap groups them. */
function group(content: readonly JsonNode[]): Group[] {
  const groups: Group[] = [];
  for (const node of content) {
    const last = groups[groups.length - 1];
    if (node.type !== 'text') groups.push({ kind: 'element', node });
    else {
      const run = { text: node.text ?? '', attributes: marksToAttributes(node.marks) };
      if (last?.kind === 'text') last.runs.push(run);
      else groups.push({ kind: 'text', runs: [run] });
    }
  }
  return groups;
}

function createYNode(g: Group): YNode {
  if (g.kind === 'text') {
    const text = new Y.XmlText();
    text.applyDelta(g.runs.map((r) => ({ insert: r.text, attributes: r.attributes })));
    return text;
  }
  const element = new Y.XmlElement(g.node.type);
  for (const [key, value] of Object.entries(g.node.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value as string);
  }
  element.insert(0, group(g.node.content ?? []).map(createYNode));
  return element;
}

function readYNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): JsonNode[] {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as { insert: unknown; attributes?: Attrs }[];
    return delta
      .filter((d): d is { insert: string; attributes?: Attrs } => typeof d.insert === 'string' && d.insert !== '')
      .map((d) => {
        const marks = attributesToMarks(d.attributes);
        return marks.length > 0 ? { type: 'text', text: d.insert, marks } : { type: 'text', text: d.insert };
      });
  }
  if (!(node instanceof Y.XmlElement)) return [];
  const out: JsonNode = { type: node.nodeName };
  const attrs = node.getAttributes() as Attrs;
  if (Object.keys(attrs).length > 0) out.attrs = attrs;
  const content = node.toArray().flatMap(readYNode);
  if (content.length > 0) out.content = content;
  return [out];
}

/** The JSON of a fragment bound to a Tiptap editor (or written by richTextToXmlFragment), normalised. */
export function xmlFragmentToRichText(fragment: Y.XmlFragment): RichTextDoc {
  const content = fragment.toArray().flatMap(readYNode);
  return normaliseRichText({ type: 'doc', content }) as RichTextDoc;
}

/** New, not yet integrated Yjs nodes for the content of a rich text document. */
export function richTextToYNodes(doc: RichTextDoc): YNode[] {
  return group(doc.content as JsonNode[]).map(createYNode);
}

/**
 * Makes `fragment` hold `doc`, changing only what differs: unchanged nodes keep their Yjs
 * identity, so editors bound to the fragment keep carets and undo history outside the change.
 * Call it inside a transaction when other changes belong with it.
 */
export function syncXmlFragment(fragment: Y.XmlFragment, doc: RichTextDoc): void {
  const apply = () => syncChildren(fragment, group(normaliseRichText(doc).content as JsonNode[]));
  if (fragment.doc) fragment.doc.transact(apply);
  else apply();
}

function groupJson(g: Group): JsonNode[] {
  if (g.kind === 'element') return [g.node];
  return g.runs.map((r) => ({ type: 'text', text: r.text, marks: attributesToMarks(r.attributes) }));
}

/** Canonical JSON of some sibling nodes, for comparing what the fragment holds with what is wanted. */
function canonical(nodes: JsonNode[]): unknown {
  return normaliseRichText({ type: 'doc', content: nodes }).content;
}

function sameNode(existing: YNode, wanted: Group): boolean {
  if ((existing instanceof Y.XmlText) !== (wanted.kind === 'text')) return false;
  return jsonEqual(canonical(readYNode(existing)), canonical(groupJson(wanted)));
}

function syncChildren(parent: Y.XmlFragment | Y.XmlElement, wanted: Group[]): void {
  const existing = parent.toArray().filter((n): n is YNode => n instanceof Y.XmlElement || n instanceof Y.XmlText);
  if (existing.length !== parent.length) {
    // Hooks or other foreign children: rebuild rather than guess positions.
    parent.delete(0, parent.length);
    parent.insert(0, wanted.map(createYNode));
    return;
  }
  let start = 0;
  while (start < existing.length && start < wanted.length && sameNode(existing[start]!, wanted[start]!)) start++;
  let endOld = existing.length;
  let endNew = wanted.length;
  while (endOld > start && endNew > start && sameNode(existing[endOld - 1]!, wanted[endNew - 1]!)) {
    endOld--;
    endNew--;
  }
  // Pair up what is left in place while the kinds match, then replace the remainder.
  let i = start;
  for (; i < endOld && i < endNew; i++) {
    const old = existing[i]!;
    const next = wanted[i]!;
    if (old instanceof Y.XmlElement && next.kind === 'element' && old.nodeName === next.node.type) {
      syncAttributes(old, next.node.attrs ?? {});
      syncChildren(old, group(next.node.content ?? []));
    } else if (old instanceof Y.XmlText && next.kind === 'text') {
      syncXmlText(old, next.runs);
    } else break;
  }
  if (endOld > i) parent.delete(i, endOld - i);
  if (endNew > i) parent.insert(i, wanted.slice(i, endNew).map(createYNode));
}

function syncAttributes(element: Y.XmlElement, attrs: Attrs): void {
  const current = element.getAttributes() as Attrs;
  for (const key of Object.keys(current)) {
    if (attrs[key] === null || attrs[key] === undefined) element.removeAttribute(key);
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && !jsonEqual(current[key], value)) element.setAttribute(key, value as string);
  }
}

/** One entry per UTF-16 code unit: the character and the key of its formatting. */
function expand(runs: readonly TextRun[]): { chars: string; formats: string[] } {
  let chars = '';
  const formats: string[] = [];
  for (const run of runs) {
    const key = JSON.stringify(attributesToMarks(run.attributes).sort((x, y) => (x.type < y.type ? -1 : 1)));
    chars += run.text;
    for (let k = 0; k < run.text.length; k++) formats.push(key);
  }
  return { chars, formats };
}

function syncXmlText(text: Y.XmlText, wanted: TextRun[]): void {
  const delta = text.toDelta() as { insert: unknown; attributes?: Attrs }[];
  const current = delta.filter((d) => typeof d.insert === 'string').map((d) => ({ text: d.insert as string, attributes: d.attributes ?? {} }));
  const a = expand(current);
  const b = expand(wanted);
  const { prefix, suffix } = commonEnds(a.chars, b.chars, (i, j) => a.chars[i] === b.chars[j] && a.formats[i] === b.formats[j]);
  const removed = a.chars.length - prefix - suffix;
  if (removed > 0) text.delete(prefix, removed);
  let at = prefix;
  let offset = 0;
  for (const run of wanted) {
    const from = Math.max(prefix - offset, 0);
    const to = Math.min(b.chars.length - suffix - offset, run.text.length);
    if (to > from) {
      text.insert(at, run.text.slice(from, to), run.attributes);
      at += to - from;
    }
    offset += run.text.length;
  }
}

/** Replaces `fragment`'s content with `doc` from scratch (for new fragments; prefer syncXmlFragment). */
export function richTextToXmlFragment(doc: RichTextDoc, fragment: Y.XmlFragment): Y.XmlFragment {
  const fill = () => {
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    fragment.insert(0, richTextToYNodes(normaliseRichText(doc)));
  };
  if (fragment.doc) fragment.doc.transact(fill);
  else fill();
  return fragment;
}
