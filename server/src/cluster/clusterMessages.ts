import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/**
 * What nodes tell each other on a doc's Redis channel (binary, lib0 encoding). Every message names
 * the node that sent it, so a node skips its own.
 * - `stored`: updates committed in Postgres, each with its number; `data` null for a number taken
 *   by a compaction snapshot (its content is in updates already sent), so receivers see no gap.
 * - `head`: the newest number a node holds, sent after it was cut from Redis (what it wrote
 *   meanwhile was never published: the others catch up from Postgres).
 * - `awareness`: a y-protocols awareness update (presence), already screened by the sending node.
 * - `queryAwareness`: a node just opened the doc: the others send the presence of their sockets.
 */
export type DocMessage =
  | { kind: 'stored'; updates: { seq: number; data: Uint8Array | null }[] }
  | { kind: 'head'; seq: number }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

const KINDS = ['stored', 'head', 'awareness', 'queryAwareness'] as const;

export function encodeDocMessage(node: string, message: DocMessage): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, node);
  encoding.writeVarUint(e, KINDS.indexOf(message.kind));
  switch (message.kind) {
    case 'stored':
      encoding.writeVarUint(e, message.updates.length);
      for (const { seq, data } of message.updates) {
        encoding.writeVarUint(e, seq);
        encoding.writeVarUint(e, data ? 1 : 0);
        if (data) encoding.writeVarUint8Array(e, data);
      }
      break;
    case 'head':
      encoding.writeVarUint(e, message.seq);
      break;
    case 'awareness':
      encoding.writeVarUint8Array(e, message.update);
      break;
    case 'queryAwareness':
      break;
  }
  return encoding.toUint8Array(e);
}

/** Decodes a message; throws on bytes no Minga node wrote. */
export function decodeDocMessage(bytes: Uint8Array): { node: string; message: DocMessage } {
  const d = decoding.createDecoder(bytes);
  const node = decoding.readVarString(d);
  const kind = KINDS[decoding.readVarUint(d)];
  switch (kind) {
    case 'stored': {
      const n = decoding.readVarUint(d);
      const updates: { seq: number; data: Uint8Array | null }[] = [];
      for (let i = 0; i < n; i++) {
        const seq = decoding.readVarUint(d);
        updates.push({ seq, data: decoding.readVarUint(d) === 1 ? decoding.readVarUint8Array(d) : null });
      }
      return { node, message: { kind, updates } };
    }
    case 'head':
      return { node, message: { kind, seq: decoding.readVarUint(d) } };
    case 'awareness':
      return { node, message: { kind, update: decoding.readVarUint8Array(d) } };
    case 'queryAwareness':
      return { node, message: { kind } };
    default:
      throw new Error('unknown cluster message');
  }
}
