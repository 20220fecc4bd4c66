// Markdown tables of the sync bench, each scenario's Minga row followed by the Minga ÷ reference ratio.
import type { ScenarioResult } from './scenarios.ts';
import type { TargetName } from './targets.ts';

export interface Row {
  scenario: string;
  target: TargetName;
  result: ScenarioResult;
}

type Column = [title: string, value: (r: ScenarioResult) => number | undefined, format: (n: number) => string];

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
const mb = (n: number) => `${n.toFixed(0)} MB`;
const count = (n: number) => n.toFixed(0);
const seconds = (n: number) => `${n.toFixed(1)} s`;

const EDITING: Column[] = [
  ['connect + sync all', (r) => r.setupMs, ms],
  ['p50', (r) => r.latency?.p50, ms],
  ['p95', (r) => r.latency?.p95, ms],
  ['p99', (r) => r.latency?.p99, ms],
  ['max', (r) => r.latency?.max, ms],
  ['drops', (r) => r.drops, count],
  ['closed sockets', (r) => r.closes, count],
  ['server CPU', (r) => r.cpuSeconds, seconds],
  ['RSS peak', (r) => r.peakRssMb, mb],
  ['RSS end', (r) => r.endRssMb, mb],
  ['client CPU', (r) => r.clientCpuSeconds, seconds],
];

const COLD: Column[] = [
  ['first open (cold)', (r) => r.setupMs, ms],
  ['second open', (r) => r.warmMs, ms],
  ['others p50', (r) => r.latency?.p50, ms],
  ['others p99', (r) => r.latency?.p99, ms],
  ['others max', (r) => r.latency?.max, ms],
  ['others drops', (r) => r.drops, count],
  ['server CPU', (r) => r.cpuSeconds, seconds],
  ['RSS peak', (r) => r.peakRssMb, mb],
  ['RSS end', (r) => r.endRssMb, mb],
  ['client CPU', (r) => r.clientCpuSeconds, seconds],
];

function ratio(minga: number | undefined, reference: number | undefined): string {
  if (minga === undefined || reference === undefined) return '';
  if (reference === 0) return minga === 0 ? '=' : '∞';
  return `×${(minga / reference).toFixed(2)}`;
}

function printTable(rows: Row[], columns: Column[]): void {
  console.log(`| scenario | server | ${columns.map((c) => c[0]).join(' | ')} |`);
  console.log(`| --- | --- | ${columns.map(() => '---').join(' | ')} |`);
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  for (const scenario of scenarios) {
    const minga = rows.find((r) => r.scenario === scenario && r.target === 'minga')?.result;
    const reference = rows.find((r) => r.scenario === scenario && r.target === 'reference')?.result;
    for (const [name, result] of [['Minga', minga], ['reference', reference]] as const) {
      if (!result) continue;
      const cells = columns.map(([, value, format]) => {
        const v = value(result);
        return v === undefined || Number.isNaN(v) ? '–' : format(v);
      });
      console.log(`| ${scenario} | ${name} | ${cells.join(' | ')} |`);
    }
    if (minga && reference) {
      console.log(`| ${scenario} | Minga ÷ reference | ${columns.map(([, value]) => ratio(value(minga), value(reference))).join(' | ')} |`);
    }
  }
}

/** The editing scenarios: latency from send to receipt at every other client, drops, server load. */
export function printEditingTable(rows: Row[]): void {
  console.log('\n## Editing (latency from send to receipt at every other client)\n');
  printTable(rows, EDITING);
}

/** How many writes shared each commit (one fsync) in Minga's editing scenarios. */
export function printGroupCommit(rows: Row[]): void {
  const lines = rows.filter((r) => r.target === 'minga' && r.result.groupCommit && r.result.groupCommit.commits > 0);
  if (lines.length === 0) return;
  console.log('\nGroup commit (Minga, measured part):');
  for (const { scenario, result } of lines) {
    const { commits, writes } = result.groupCommit!;
    console.log(`- ${scenario}: ${writes} writes in ${commits} commits, ${(writes / commits).toFixed(2)} per fsync`);
  }
}

/** The cold-load scenarios: time until a new client holds the whole doc. */
export function printColdTable(rows: Row[]): void {
  console.log('\n## Cold load (time until a new client holds the whole doc; latency of the edits to other docs meanwhile)\n');
  printTable(rows, COLD);
}
