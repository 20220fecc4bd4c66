import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchKeyRotations } from '../src/workspaces/watchKeyRotations.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('watching key rotations made elsewhere', () => {
  it('reports each rotation once, even one stamped in the same millisecond as one already seen but committed after it', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00.000Z') });
    // The rows as the database holds them: `keys_rotated_at > since`, as both engines ask.
    const rows: { id: string; at: string }[] = [];
    const repo = { rotatedSince: async (since: string) => rows.filter((row) => row.at > since) };
    const reported: string[] = [];
    const stop = watchKeyRotations(repo, (id) => reported.push(id), 1000);
    try {
      rows.push({ id: 'atelier', at: '2026-12-05T10:00:00.500Z' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(reported).toEqual(['atelier']);
      // Another process stamped its rotation in the same millisecond, and committed it later.
      rows.push({ id: 'lille', at: '2026-12-05T10:00:00.500Z' });
      // And a machine whose clock is a little behind.
      rows.push({ id: 'brest', at: '2026-12-05T10:00:00.200Z' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(reported).toEqual(['atelier', 'lille', 'brest']);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(reported).toEqual(['atelier', 'lille', 'brest']);
      rows.push({ id: 'atelier', at: '2026-12-05T10:00:21.000Z' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(reported).toEqual(['atelier', 'lille', 'brest', 'atelier']);
    } finally {
      stop();
    }
  });
});
