// Sync under load, Minga against the reference y-websocket server (@y/websocket-server, in memory)
// in the same run: each scenario runs on a fresh server of each kind in turn, with real y-websocket
// clients in this process. Options (after `npm run bench -- sync`):
//   --scenarios editors,docs,cold   which ones (default all)
//   --docs 1000,3000                doc counts of the many-docs scenario
//   --editors 50  --seconds 20      one-doc editors, and how long each editing run lasts
//   --cold-updates 100000           how many stored updates the cold doc is made of
//   --cold-others 20                docs edited by 2 clients each (an edit every 100 ms per doc) while it opens
//   --source                        run Minga from the TypeScript source (tsx) instead of server/dist
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildServer } from './support/processes.ts';
import { coldLoad, largeDoc, manyDocs, oneDocManyEditors, scatteredEdits, type ScenarioResult } from './sync/scenarios.ts';
import { startTarget, type SyncTarget, type TargetName } from './sync/targets.ts';
import { printColdTable, printEditingTable, printGroupCommit, type Row } from './sync/report.ts';
import { measureCommitFloor, type CommitFloor } from './sync/commitFloor.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: false,
  options: {
    scenarios: { type: 'string', default: 'editors,docs,cold' },
    docs: { type: 'string', default: '1000,3000' },
    editors: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    'cold-updates': { type: 'string', default: '100000' },
    'cold-others': { type: 'string', default: '20' },
    source: { type: 'boolean', default: false },
  },
});
const scenarios = String(values.scenarios).split(',');
const docCounts = String(values.docs).split(',').map(Number);
const editors = Number(values.editors);
const seconds = Number(values.seconds);
const coldUpdates = Number(values['cold-updates']);
const others = { docs: Number(values['cold-others']), intervalMs: 100 };
const compiled = !values.source;

// Each client holds a socket, and so does the server for it: warn when the limit is too low.
const openFilesLimit = Number(/^Max open files\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? Infinity);
const socketsNeeded = Math.max(editors, ...docCounts.map((n) => n * 3)) + 200;
if (scenarios.some((s) => s !== 'cold') && openFilesLimit < socketsNeeded) {
  console.error(`Open files are limited to ${openFilesLimit} here, the bench needs ${socketsNeeded}: run \`ulimit -n ${socketsNeeded}\` first.`);
  process.exit(2);
}

// Every y-websocket provider listens to the process's exit; thousands are expected here.
process.setMaxListeners(0);
if (compiled) buildServer();

let runs = 0;

/**
 * Lets the sockets of the last run close and collects their clients, so that the server measured
 * second does not pay for the first one's garbage in this process (the 3 000-doc run leaves 9 000
 * clients behind: the second server's receipts came later, with this process busier, whichever
 * server it was). Needs `--expose-gc` (npm run bench gives it).
 */
async function freshClientHeap(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  globalThis.gc?.();
  globalThis.gc?.();
}

/** Runs `scenario` on a fresh Minga and a fresh reference, in turn (the order alternates). */
async function both(label: string, scenario: (target: SyncTarget) => Promise<ScenarioResult>): Promise<Row[]> {
  const order: TargetName[] = runs++ % 2 === 0 ? ['minga', 'reference'] : ['reference', 'minga'];
  const rows: Row[] = [];
  for (const name of order) {
    await freshClientHeap();
    const target = await startTarget(name, compiled);
    try {
      console.error(`  ${label} on ${name}…`);
      rows.push({ scenario: label, target: name, result: await scenario(target) });
    } finally {
      await target.server.stop();
    }
  }
  return rows;
}

const editing: Row[] = [];
const cold: Row[] = [];
let floor: { spacingMs: number; measured: CommitFloor; referenceP50: number | undefined } | null = null;
if (scenarios.includes('editors')) {
  const label = `1 doc × ${editors} editors, 4 chars / 400 ms, ${seconds} s`;
  const rows = await both(label, (t) => oneDocManyEditors(t, { editors, intervalMs: 400, seconds }));
  editing.push(...rows);
  // Between servers, nothing else running: the disk's own cost at the scenario's cadence.
  const spacingMs = 400 / editors;
  console.error(`  a durable commit every ${spacingMs} ms, alone…`);
  floor = { spacingMs, measured: await measureCommitFloor(spacingMs), referenceP50: rows.find((r) => r.target === 'reference')?.result.latency?.p50 };
}
if (scenarios.includes('docs')) {
  for (const [i, docs] of docCounts.entries()) {
    // A count asked twice (`--docs 3000,3000`: both orders of the two servers) keeps both rows apart.
    const again = docCounts.slice(0, i).filter((n) => n === docs).length;
    const label = `${docs} docs × 3 clients, 1 edit/s/doc, ${seconds} s${again ? `, run ${again + 1}` : ''}`;
    editing.push(...(await both(label, (t) => manyDocs(t, { docs, perDoc: 3, seconds }))));
  }
}
if (scenarios.includes('cold')) {
  console.error(`  making a doc of ${coldUpdates} updates…`);
  const stored = scatteredEdits(coldUpdates);
  cold.push(...(await both(`doc stored as ${coldUpdates} updates`, (t) => coldLoad(t, 'bench-cold-many', stored, others))));
  const large = largeDoc(2_000_000);
  cold.push(...(await both('large doc (2 MB of text, one snapshot)', (t) => coldLoad(t, 'bench-cold-large', large, others))));
}

console.log(`Minga from ${compiled ? 'server/dist (built)' : 'TypeScript source (tsx)'}; reference: @y/websocket-server, docs in memory.`);
if (editing.length) printEditingTable(editing);
printGroupCommit(editing);
if (floor) {
  const { commit, append } = floor.measured;
  const f = (n: number) => `${n.toFixed(2)} ms`;
  console.log(
    `\nThe durable floor at the ${editors}-editor cadence (one update every ${floor.spacingMs} ms, measured by this process with no server running): ` +
      `a commit with its fsync p50 ${f(commit.p50)} (p99 ${f(commit.p99)}); through the writer thread p50 ${f(append.p50)} (p99 ${f(append.p99)}).` +
      (floor.referenceP50 === undefined ? '' : ` 1.1× the reference's p50 (${f(floor.referenceP50)}) leaves ${f(floor.referenceP50 * 0.1)} for it.`),
  );
}
if (cold.length) printColdTable(cold);
