import { expect, it } from 'vitest';
import { runCli, tempDataDir } from '../helpers.ts';

it('minga serve refuses MINGA_REDIS_URL without MINGA_DATABASE_URL, and says what to set', async () => {
  const run = await runCli(['serve'], { MINGA_DATA_DIR: tempDataDir(), PORT: '0', MINGA_REDIS_URL: 'redis://127.0.0.1:6379' });
  expect(run.code).not.toBe(0);
  expect(run.stderr + run.stdout).toMatch(/MINGA_REDIS_URL is set without MINGA_DATABASE_URL.*set MINGA_DATABASE_URL too/);
});
