/**
 * One canonical JSON for one rich text document, whoever wrote it (Tiptap's getJSON, an import,
 * the Yjs converter). The rules follow what the Yjs encoding of @tiptap/y-tiptap keeps, so a
 * JSON → Yjs → JSON round trip is an identity on normalised documents:
 * - node attributes that are null are dropped (y-tiptap does not store them; the editor fills defaults);
 * - mark attributes are kept as they are, nulls included (y-tiptap stores the whole object);
 * - empty `attrs`, `marks` and (below the root) `content` are dropped;
 * - marks are sorted in a fixed order and adjacent text nodes with equal marks are merged.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonNode = { [key: string]: unknown };

/** Mark types, in the canonical order marks are listed on a text node. */
export const RICH_TEXT_MARK_TYPES = ['link', 'bold', 'italic', 'strike', 'code'] as const;
const MARK_ORDER: readonly string[] = RICH_TEXT_MARK_TYPES;

/** Returns the canonical form of a rich text document (a new object; the input is not changed). */
export function normaliseRichText<T extends { type: 'doc'; content: unknown[] }>(doc: T): T {
  // ProseMirror's toJSON leaves `content` out of an empty doc; the canonical root always has it.
  return { ...doc, content: normaliseContent(Array.isArray(doc.content) ? doc.content : []) } as T;
}

function normaliseContent(content: unknown[]): JsonNode[] {
  const out: JsonNode[] = [];
  for (const child of content) {
    const node = normaliseNode(child as JsonNode);
    const prev = out[out.length - 1];
    if (prev && prev.type === 'text' && node.type === 'text' && sameMarks(prev.marks, node.marks)) {
      out[out.length - 1] = { ...prev, text: String(prev.text) + String(node.text) };
    } else {
      out.push(node);
    }
  }
  return out;
}

function normaliseNode(node: JsonNode): JsonNode {
  const out: JsonNode = { type: node.type };
  if (node.type === 'text') out.text = node.text;
  const attrs = dropNulls(node.attrs);
  if (attrs) out.attrs = attrs;
  if (Array.isArray(node.marks) && node.marks.length > 0) {
    out.marks = (node.marks as JsonNode[]).map(normaliseMark).sort(byMarkOrder);
  }
  if (Array.isArray(node.content) && node.content.length > 0) out.content = normaliseContent(node.content);
  return out;
}

function normaliseMark(mark: JsonNode): JsonNode {
  const attrs = mark.attrs;
  const keep = attrs !== undefined && attrs !== null && Object.keys(attrs).length > 0;
  return keep ? { type: mark.type, attrs } : { type: mark.type };
}

function dropNulls(attrs: unknown): JsonNode | undefined {
  if (typeof attrs !== 'object' || attrs === null) return undefined;
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function byMarkOrder(a: JsonNode, b: JsonNode): number {
  return rank(a.type) - rank(b.type);
}

function rank(type: unknown): number {
  const i = MARK_ORDER.indexOf(String(type));
  return i === -1 ? MARK_ORDER.length : i;
}

function sameMarks(a: unknown, b: unknown): boolean {
  return jsonEqual((a ?? []) as Json, (b ?? []) as Json);
}

/** Deep equality of JSON values, blind to key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as JsonNode)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as JsonNode)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => jsonEqual((a as JsonNode)[k], (b as JsonNode)[k]));
}
