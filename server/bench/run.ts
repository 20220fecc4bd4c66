// `npm run bench`: every benchmark, one after the other. They print numbers; none asserts.
const benches = ['storage', 'search', 'export'];
for (const name of benches) {
  console.log(`\n# ${name}`);
  await import(`./${name}.bench.ts`);
}
export {};
