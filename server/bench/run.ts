// `npm run bench`: every benchmark, one after the other. They print numbers; none asserts.
// `npm run bench -- sync memory` runs only those; options after the names go to the benches
// (`npm run bench -- sync --docs 1000`, see sync.bench.ts).
const BENCHES = ['storage', 'search', 'export', 'memory', 'sync', 'cluster'];
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && BENCHES.includes(arg));
const unknown = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('-') && !BENCHES.includes(arg) && !all[i - 1]?.startsWith('--'));
if (unknown.length) {
  console.error(`Unknown bench ${unknown.join(', ')}: choose among ${BENCHES.join(', ')}.`);
  process.exit(2);
}
for (const name of asked.length ? asked : BENCHES) {
  console.log(`\n# ${name}`);
  await import(`./${name}.bench.ts`);
}
export {};
