import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RefusalLog } from '../src/sync/refusalLog.ts';
import { AddressPenalty } from '../src/sync/addressPenalty.ts';

describe('refused sync messages', () => {
  it('are logged once per address, then counted in one line when the window ends', () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } }));
    const refusals = new RefusalLog(log);
    for (let i = 0; i < 1000; i++) refusals.refused('10.0.0.1', 'ws/doc', 'malformed document update');
    refusals.refused('10.0.0.2', 'ws/doc', 'truncated message');
    expect(lines).toHaveLength(2);
    refusals.close();
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[2]!)).toMatchObject({ address: '10.0.0.1', refused: 999 });
  });

  it('an address past its strikes is slowed for the window, then let back in', () => {
    let now = 0;
    const penalty = new AddressPenalty(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) penalty.strike('10.0.0.1');
    expect(penalty.isSlowed('10.0.0.1')).toBe(true);
    expect(penalty.isSlowed('10.0.0.2')).toBe(false);
    now = 61_000;
    expect(penalty.isSlowed('10.0.0.1')).toBe(false);
  });
});
