// `npm start` builds the web app and the server only when their sources changed since the last
// build. `--server` checks the server alone (the e2e server command runs it before each start).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildServer } from './build-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const shared = ['packages', 'package-lock.json'];
const targets = [
  {
    name: 'web app',
    built: 'apps/web/dist/index.html',
    sources: ['apps/web/src', 'apps/web/index.html', 'apps/web/public', 'vite.config.ts', ...shared],
    build() {
      const vite = path.join(root, 'node_modules/vite/bin/vite.js');
      const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status ?? 1);
    },
  },
  {
    name: 'server',
    built: 'server/dist/cli.mjs',
    sources: ['server/src', 'server/package.json', 'scripts/build-server.mjs', ...shared],
    build: buildServer,
  },
];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

const serverOnly = process.argv.includes('--server');
for (const target of targets) {
  if (serverOnly && target.name !== 'server') continue;
  const builtAt = newestMtime(path.join(root, target.built));
  const changedAt = Math.max(...target.sources.map((s) => newestMtime(path.join(root, s))));
  if (builtAt < changedAt) {
    console.log(`Building the ${target.name}…`);
    await target.build();
  }
}
