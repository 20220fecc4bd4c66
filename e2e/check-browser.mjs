#!/usr/bin/env node
// Fails the e2e run, loudly, when no Chromium is installed: browser tests must never skip silently.
// `node e2e/check-browser.mjs --install` (npm run setup:browser) installs it with apt-get.
import { spawnSync } from 'node:child_process';
import { findChromium } from '../server/src/export/chromiumPath.mjs';

const HOW_TO_INSTALL = [
  'Install it with one of:',
  '  apt-get update && apt-get install -y chromium     (as root, Debian/Ubuntu)',
  '  npm run setup:browser                            (does the same)',
  'or point MINGA_CHROMIUM at a Chromium or Chrome executable.',
  'Do not use `npx playwright install`: the tests drive the system Chromium.',
].join('\n');

function report(found) {
  console.log(`e2e: using Chromium at ${found}`);
  process.exit(0);
}

const found = findChromium();
if (found) report(found);

if (process.env.MINGA_CHROMIUM) {
  console.error(`e2e: MINGA_CHROMIUM is set to "${process.env.MINGA_CHROMIUM}", which is not an executable file.`);
  process.exit(1);
}

if (!process.argv.includes('--install')) {
  console.error(`e2e: no Chromium found, so the browser tests cannot run.\n${HOW_TO_INSTALL}`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const prefix = isRoot ? [] : ['sudo'];
console.log('e2e: installing Chromium with apt-get…');
for (const args of [['apt-get', 'update'], ['apt-get', 'install', '-y', 'chromium']]) {
  const command = [...prefix, ...args];
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`e2e: \`${command.join(' ')}\` failed${result.error ? ` (${result.error.message})` : ''}.\n${HOW_TO_INSTALL}`);
    process.exit(1);
  }
}

const installed = findChromium();
if (installed) report(installed);
console.error(`e2e: apt-get finished but no Chromium was found.\n${HOW_TO_INSTALL}`);
process.exit(1);
