import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

/*
 * Hostile frames of the y-websocket protocol, from a seed: the same seed sends the same bytes,
 * so a failure can be replayed. Every kind of frame a broken or malicious client could send.
 */

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FrameFactory {
  /** One hostile frame and the name of its kind. */
  next(): { kind: string; bytes: Uint8Array };
}

const frame = (...parts: (number | Uint8Array | string)[]): Uint8Array => {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else if (typeof p === 'string') encoding.writeVarString(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
};

/** A valid update of a small doc, to mutate: a malformed update that still looks like one. */
function sampleUpdate(random: () => number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, `texte ${Math.floor(random() * 1e6)}`);
  doc.getMap('m').set('k', { deep: [1, 2, 3] });
  doc.getText('t').delete(0, 2);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function randomBytes(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

function awarenessUpdate(entries: { id: number; clock: number; json: string }[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.id);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, entry.json);
  }
  return encoding.toUint8Array(e);
}

/** Hostile frames from a seed; `oversized` is a byte count past the server's message limit. */
export function hostileFrames(seed: number, oversized: number): FrameFactory {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const makers: [string, () => Uint8Array][] = [
    ['empty', () => new Uint8Array(0)],
    ['truncated varint', () => new Uint8Array([0x80 | int(128)])],
    ['huge varint', () => new Uint8Array([...new Array(10 + int(20)).fill(0xff), 0x01])],
    ['unknown message type', () => frame(4 + int(1000), randomBytes(random, int(32)))],
    ['auth message', () => frame(2, int(5), randomBytes(random, int(16)))],
    ['query awareness', () => frame(3)],
    ['sync unknown type', () => frame(0, 3 + int(100), randomBytes(random, int(16)))],
    ['sync step 1 bad state vector', () => frame(0, 0, randomBytes(random, 1 + int(40)))],
    ['sync step 1 truncated', () => frame(0, 0).subarray(0, 2)],
    ['length past the frame', () => new Uint8Array([0, 2, 0xff, 0xff, 0x03, 1, 2])],
    ['random update', () => frame(0, 2, randomBytes(random, 1 + int(200)))],
    ['random sync step 2', () => frame(0, 1, randomBytes(random, 1 + int(200)))],
    [
      'mutated update',
      () => {
        const update = sampleUpdate(random);
        for (let i = 0; i < 1 + int(4); i++) update[int(update.length)] = int(256);
        return frame(0, 2, update);
      },
    ],
    ['truncated update', () => { const u = sampleUpdate(random); return frame(0, 2, u.subarray(0, int(u.length))); }],
    [
      'malformed delete set',
      () => {
        // No structs, then a delete set naming a huge client and clock ranges.
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 2 ** 31 + int(1000));
        encoding.writeVarUint(e, 1 + int(1e6));
        for (let i = 0; i < 3; i++) {
          encoding.writeVarUint(e, int(2 ** 30));
          encoding.writeVarUint(e, int(2 ** 30));
        }
        return frame(0, 2, encoding.toUint8Array(e).subarray(0, 6 + int(20)));
      },
    ],
    ['oversized', () => frame(0, 2, randomBytes(random, oversized))],
    ['garbage awareness', () => frame(1, randomBytes(random, 1 + int(60)))],
    ['awareness bad json', () => frame(1, awarenessUpdate([{ id: int(1e6), clock: 1, json: '{"user":' }]))],
    ['awareness not an object', () => frame(1, awarenessUpdate([{ id: int(1e6), clock: 1, json: '[1,2,3]' }]))],
    ['awareness many ids', () => frame(1, awarenessUpdate(Array.from({ length: 50 + int(200) }, (_, i) => ({ id: i, clock: 1, json: 'null' }))))],
    ['awareness huge state', () => frame(1, awarenessUpdate([{ id: int(1e6), clock: 1, json: JSON.stringify({ user: { name: 'x'.repeat(40_000) } }) }]))],
    [
      'awareness presenter spoof',
      () => frame(1, awarenessUpdate([{ id: int(1e6), clock: 1e6, json: JSON.stringify({ user: { name: 'Amel' }, presenting: { h: 9, v: 0, f: -1, slideId: 'x', lang: 'fr', seq: 1e12, at: 1 } }) }])),
    ],
    ['awareness goodbye for strangers', () => frame(1, awarenessUpdate([{ id: int(2 ** 31), clock: 1 + int(100), json: 'null' }]))],
  ];
  return {
    next() {
      const [kind, make] = makers[int(makers.length)]!;
      return { kind, bytes: make() };
    },
  };
}

/** A burst of well-formed awareness updates from one client id: a flood, not a malformed frame. */
export function awarenessFlood(clientId: number, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => frame(1, awarenessUpdate([{ id: clientId, clock: i + 1, json: JSON.stringify({ user: { name: `flood ${i}` } }) }])));
}
