// Fails when a route's first JavaScript (before anything is opened) grows past its budget.
// Reads the Vite manifest of `vite build` (build.manifest: true): a route's first load is the app's
// entry, the route's lazy page and every chunk they import statically, and the heavier language
// catalog (main.tsx waits for it before the first render); other dynamic imports load later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'apps/web/dist';
/** Gzipped kB each route may load before it can be used. */
const budgets = [{ name: 'unit editor', page: 'src/pages/UnitPage.tsx', limitKb: 250 }];
/** Loaded before the first render, one of them: the heavier counts. */
const catalogs = ['src/i18n/en.json', 'src/i18n/fr.json'];

const manifestPath = join(dist, '.vite', 'manifest.json');
let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch {
  console.error(`route weight: no ${manifestPath}; run \`vite build\` first`);
  process.exit(1);
}

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry) {
  console.error('route weight: the manifest has no entry');
  process.exit(1);
}

/** The chunk keys a first load fetches: the given ones and all they import statically. */
function staticClosure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`route weight: ${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const gzippedKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1000;

let failed = false;
for (const { name, page, limitKb } of budgets) {
  if (!manifest[page]) {
    console.error(`route weight: ${page} is not a chunk of its own (is it still loaded lazily?)`);
    failed = true;
    continue;
  }
  const catalog = catalogs.filter((key) => manifest[key]).sort((a, b) => gzippedKb(manifest[b].file) - gzippedKb(manifest[a].file))[0];
  const files = [...staticClosure(catalog ? [entry, page, catalog] : [entry, page])].map((key) => manifest[key].file);
  const total = files.reduce((sum, file) => sum + gzippedKb(file), 0);
  const verdict = total <= limitKb ? 'ok' : 'TOO HEAVY';
  console.log(`route weight: ${name}: ${total.toFixed(1)} kB of gzipped JavaScript in ${files.length} files (limit ${limitKb} kB) ${verdict}`);
  if (total > limitKb) {
    failed = true;
    const sizes = files.map((file) => [file, gzippedKb(file)]).sort((a, b) => b[1] - a[1]);
    for (const [file, kb] of sizes) console.log(`  ${kb.toFixed(1).padStart(7)} kB  ${file}`);
  }
}
process.exit(failed ? 1 : 0);
