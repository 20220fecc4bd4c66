import { expect, it } from 'vitest';
import { decodeDocMessage, encodeDocMessage, type DocMessage } from '../../src/cluster/clusterMessages.ts';

it('cluster messages read back as written, with their node, and bytes no node wrote are refused', () => {
  const messages: DocMessage[] = [
    { kind: 'stored', updates: [{ seq: 41, data: new Uint8Array([1, 2, 3]) }, { seq: 42, data: null }, { seq: 2 ** 40, data: new Uint8Array() }] },
    { kind: 'head', seq: 1234 },
    { kind: 'awareness', update: new Uint8Array([9, 8]) },
    { kind: 'queryAwareness' },
  ];
  for (const message of messages) expect(decodeDocMessage(encodeDocMessage('node-a', message))).toEqual({ node: 'node-a', message });
  expect(() => decodeDocMessage(new Uint8Array([1, 65, 9]))).toThrow();
  expect(() => decodeDocMessage(new Uint8Array([]))).toThrow();
});
