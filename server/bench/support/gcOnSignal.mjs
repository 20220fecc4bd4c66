// Preloaded (`node --expose-gc --import`) into a server the memory bench measures: SIGUSR2 runs a
// full garbage collection, so the bench can read the memory the server really keeps. With
// MINGA_BENCH_HEAP_SNAPSHOT set to a file name, a heap snapshot is written there 3 s later (after
// the bench read the memory: writing one takes memory of its own), and where the memory is
// (`process.memoryUsage()`, V8's heap spaces) beside it as JSON.
import fs from 'node:fs';
import v8 from 'node:v8';

let snapshots = 0;
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const file = process.env.MINGA_BENCH_HEAP_SNAPSHOT;
  if (!file) return;
  const name = `${file}-${process.pid}-${++snapshots}`;
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, { size: s.space_size, used: s.space_used_size }]));
  fs.writeFileSync(`${name}.json`, JSON.stringify({ memoryUsage: process.memoryUsage(), spaces }, null, 1));
  setTimeout(() => v8.writeHeapSnapshot(`${name}.heapsnapshot`), 3_000);
});
