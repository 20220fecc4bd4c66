import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@minga/schema';
import { configFromEnv } from '../src/config.ts';
import { createWorkspace, startServer, type TestServer } from './helpers.ts';

let t: TestServer | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Opens a sync socket claiming `forwardedFor`, sends it `frame` (if any), and resolves with its close code (or 'open'). */
function socketFrom(ws: { id: string; editKey: string }, forwardedFor: string, frame?: Uint8Array): Promise<number | 'open'> {
  const socket = new WebSocket(`${t!.wsOrigin}/sync/${ws.id}/pad-${Math.random().toString(36).slice(2)}?key=${encodeURIComponent(ws.editKey)}`, {
    headers: { 'X-Forwarded-For': forwardedFor },
  });
  return new Promise((resolve) => {
    socket.on('open', () => {
      if (frame) socket.send(frame);
      // A socket still open a moment later was let in.
      else setTimeout(() => {
        resolve('open');
        socket.close();
      }, 300);
    });
    socket.on('close', (code) => resolve(code));
  });
}

const BAD_FRAME = new Uint8Array([0x80]);
/** AddressPenalty's default: strikes in a minute before an address is slowed. */
const STRIKES = 20;

describe('MINGA_TRUST_PROXY', () => {
  it('reads false by default, true, or a list of proxy addresses and ranges; refuses anything else', () => {
    expect(configFromEnv({}).trustProxy).toBe(false);
    expect(configFromEnv({ MINGA_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(configFromEnv({ MINGA_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ MINGA_TRUST_PROXY: '10.0.0.2, 192.168.0.0/16,::1' }).trustProxy).toEqual(['10.0.0.2', '192.168.0.0/16', '::1']);
    expect(() => configFromEnv({ MINGA_TRUST_PROXY: 'proxy.example, 10.0.0.2' })).toThrow(/MINGA_TRUST_PROXY: .*not proxy\.example/);
  });

  it('unset: a client cannot dodge the bad-frame penalty by inventing X-Forwarded-For addresses', async () => {
    t = await startServer();
    const ws = await createWorkspace(t.origin);
    for (let i = 0; i < STRIKES; i++) expect(await socketFrom(ws, `203.0.113.${i + 1}`, BAD_FRAME)).toBe(CLOSE_CODES.badRequest);
    // Every one of them was the socket's address, 127.0.0.1: a new "address" is refused at once.
    expect(await socketFrom(ws, '198.51.100.99')).toBe(CLOSE_CODES.tooManyMessages);
  });

  it('naming the proxy: the address it forwards is the client’s, so one bad client behind it does not shut out the others', async () => {
    t = await startServer({ config: { trustProxy: ['127.0.0.1'] } });
    const ws = await createWorkspace(t.origin);
    for (let i = 0; i < STRIKES; i++) expect(await socketFrom(ws, '203.0.113.7', BAD_FRAME)).toBe(CLOSE_CODES.badRequest);
    expect(await socketFrom(ws, '203.0.113.7')).toBe(CLOSE_CODES.tooManyMessages);
    expect(await socketFrom(ws, '198.51.100.9')).toBe('open');
  });
});
