// `npm run dev`: the Minga server (restarted on change) and Vite's dev server, which proxies to it.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '4321';
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/src/cli.ts', 'serve'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: port } }),
];
console.log('\n  Dev: open http://localhost:5173 (the server on port %s prints the workspace link; use it on port 5173)\n', port);
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => {
  stop();
  process.exitCode = code ?? 0;
});
