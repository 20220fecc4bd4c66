import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.ts';

describe('MINGA_AUTO_VERSION_IDLE_MS', () => {
  it('is a minute by default, read in milliseconds, and refuses what is not a whole number of at least 100', () => {
    expect(configFromEnv({}).autoVersionIdleMs).toBe(60_000);
    expect(configFromEnv({ MINGA_AUTO_VERSION_IDLE_MS: '5000' }).autoVersionIdleMs).toBe(5000);
    for (const bad of ['10', '1.5', 'soon']) expect(() => configFromEnv({ MINGA_AUTO_VERSION_IDLE_MS: bad }), bad).toThrow(/MINGA_AUTO_VERSION_IDLE_MS/);
  });
});
