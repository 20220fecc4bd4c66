// Builds the server to plain JavaScript (`server/dist/`), so `npm start` runs `node` with no
// TypeScript compiler in the serving process. One bundle for the CLI with the @minga/* packages
// inlined (they ship as TypeScript source) and every other package left to node_modules, plus one
// bundle per worker thread: each `new URL('./<name>.mjs', import.meta.url)` in server/src names a
// file that the bundle must find beside it, so that file is built to `server/dist/<name>.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const srcDir = path.join(root, 'server/src');
export const DIST_DIR = path.join(root, 'server/dist');
const WORKER_REFERENCE = /new URL\(\s*['"](\.{1,2}\/[^'"]+\.mjs)['"]\s*,\s*import\.meta\.url\s*\)/g;

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|mts|mjs)$/.test(entry.name) && !/\.test\.|\.d\.m?ts$/.test(entry.name) ? [file] : [];
  });
}

/** Every worker entry point referenced from server/src, by the file name the bundle asks for. */
function workerEntryPoints() {
  const workers = {};
  for (const file of sourceFiles(srcDir)) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(WORKER_REFERENCE)) {
      const target = path.resolve(path.dirname(file), match[1]);
      const name = path.basename(match[1], '.mjs');
      if (!fs.existsSync(target)) throw new Error(`${path.relative(root, file)} starts a worker from ${match[1]}, which does not exist`);
      if (workers[name] && workers[name] !== target) throw new Error(`two worker files are named ${name}.mjs; dist/ holds them side by side, rename one`);
      workers[name] = target;
    }
  }
  return workers;
}

/** Inlines the workspace packages (TypeScript source); every other import stays a node_modules import. */
const workspacePackagesInlined = {
  name: 'workspace-packages-inlined',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@minga/') ? undefined : { path: args.path, external: true }));
  },
};

/** Every `new URL('./…', import.meta.url)` left in a bundle must name a file the build wrote beside it. */
function checkRelativeFiles(outputs) {
  const written = new Set(outputs.map((o) => path.basename(o.path)));
  for (const output of outputs.filter((o) => o.path.endsWith('.mjs'))) {
    for (const match of output.text.matchAll(/new URL\(\s*['"]\.\/([^'"/]+)['"]\s*,\s*import\.meta\.url\s*\)/g)) {
      if (!written.has(match[1])) {
        throw new Error(`${path.basename(output.path)} loads ./${match[1]}, which the build did not write: a worker must be a .mjs file (docs/ARCHITECTURE.md)`);
      }
    }
  }
}

/**
 * Builds the server into `outdir` (server/dist); each file is written beside then renamed, so two
 * builds at once never leave half a file.
 */
export async function buildServer(outdir = DIST_DIR) {
  const workers = workerEntryPoints();
  const result = await esbuild.build({
    entryPoints: [{ in: path.join(srcDir, 'cli.ts'), out: 'cli' }, ...Object.entries(workers).map(([out, file]) => ({ in: file, out }))],
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [workspacePackagesInlined],
    write: false,
  });
  checkRelativeFiles(result.outputFiles);
  fs.mkdirSync(outdir, { recursive: true });
  for (const output of result.outputFiles) {
    const temporary = `${output.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, output.contents);
    fs.renameSync(temporary, output.path);
  }
  return result.outputFiles.map((o) => path.relative(root, o.path));
}

if (process.argv[1] === import.meta.filename) {
  // `--outdir <dir>` builds elsewhere (the test of the built server does).
  const at = process.argv.indexOf('--outdir');
  const files = await buildServer(at === -1 ? DIST_DIR : path.resolve(process.argv[at + 1]));
  console.log(`Built the server: ${files.filter((f) => f.endsWith('.mjs')).join(', ')}`);
}
