// Several nodes: M docs × 3 clients (one edit a second per doc, as the sync bench's many-docs
// scenario), first on one Minga node alone, then with each doc's clients spread over two nodes,
// in one run, all on Postgres + Redis. Prints p99, drops, CPU per node and of Postgres and Redis
// (every `postgres` / `redis-server` process of the machine: other work on it counts too).
// Needs MINGA_TEST_DATABASE_URL and MINGA_TEST_REDIS_URL (a scratch schema and prefix, dropped after).
// Options (after `npm run bench -- cluster`): --cluster-docs 300  --seconds 20  --source
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { BenchClient, connectAll, type SyncEndpoint } from './sync/benchClient.ts';
import { DeliveryRecorder } from './sync/deliveryRecorder.ts';
import { buildServer, cpuByCommand, cpuSpent, createWorkspace, sampleProcess, startMinga, type ServerProcess } from './support/processes.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: false,
  options: {
    'cluster-docs': { type: 'string', default: '300' },
    seconds: { type: 'string', default: '20' },
    source: { type: 'boolean', default: false },
  },
});
const docs = Number(values['cluster-docs']);
const seconds = Number(values.seconds);
const PER_DOC = 3;
const GRACE_MS = 10_000;

const databaseUrl = process.env.MINGA_TEST_DATABASE_URL;
const redisUrl = process.env.MINGA_TEST_REDIS_URL;

interface Result {
  setup: string;
  p50: number;
  p99: number;
  max: number;
  drops: number;
  closes: number;
  nodeCpu: number[];
  postgresCpu: number;
  redisCpu: number;
  clientCpu: number;
}

async function run(nodeCount: number): Promise<Result> {
  const schema = `minga_bench_${Date.now().toString(36)}`;
  const env = { MINGA_DATABASE_URL: databaseUrl!, MINGA_DATABASE_SCHEMA: schema, MINGA_REDIS_URL: redisUrl!, MINGA_REDIS_PREFIX: `${schema}:` };
  const nodes: ServerProcess[] = [];
  try {
    for (let i = 0; i < nodeCount; i++) nodes.push(await startMinga({ compiled: !values.source, env }));
    const workspace = await createWorkspace(nodes[0]!.origin);
    const endpoints: SyncEndpoint[] = nodes.map((n) => ({ serverUrl: `${n.origin.replace(/^http/, 'ws')}/sync/${workspace.id}`, params: { key: workspace.editKey } }));
    const recorder = new DeliveryRecorder();
    // Client c of a doc goes to node c mod N: with two nodes, every doc has clients on both.
    const open = Array.from({ length: docs * PER_DOC }, (_, i) => {
      const doc = Math.floor(i / PER_DOC);
      return () => new BenchClient(endpoints[(i % PER_DOC) % nodes.length]!, `cluster-doc-${doc}`, `d${doc}c${i % PER_DOC}`, recorder);
    });
    const clients = await connectAll(open, 100, 120_000);
    const before = { nodes: nodes.map((n) => sampleProcess(n.pid).cpuSeconds), pg: cpuByCommand('postgres'), redis: cpuByCommand('redis-server'), client: process.cpuUsage() };
    const timers = Array.from({ length: docs }, (_, doc) => {
      let turn = 0;
      const start = setTimeout(() => {
        const tick = () => clients[doc * PER_DOC + (turn++ % PER_DOC)]!.type('abcd', PER_DOC - 1);
        tick();
        interval = setInterval(tick, 1000);
      }, (doc * 1000) / docs);
      let interval: NodeJS.Timeout | undefined;
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await sleep(seconds * 1000);
    for (const stop of timers) stop();
    await recorder.settle(GRACE_MS);
    const client = process.cpuUsage(before.client);
    const latency = recorder.summary();
    const result: Result = {
      setup: `${nodeCount} node${nodeCount > 1 ? 's' : ''}`,
      p50: latency.p50,
      p99: latency.p99,
      max: latency.max,
      drops: recorder.missing,
      closes: clients.reduce((n, c) => n + c.closes, 0),
      nodeCpu: nodes.map((n, i) => sampleProcess(n.pid).cpuSeconds - before.nodes[i]!),
      postgresCpu: cpuSpent(before.pg, cpuByCommand('postgres')),
      redisCpu: cpuSpent(before.redis, cpuByCommand('redis-server')),
      clientCpu: (client.user + client.system) / 1e6,
    };
    for (const c of clients) c.destroy();
    return result;
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

if (!databaseUrl || !redisUrl) {
  console.log('Skipped: set MINGA_TEST_DATABASE_URL and MINGA_TEST_REDIS_URL (a Postgres and a Redis it may write to) to run the cluster bench.');
} else {
  process.setMaxListeners(0);
  if (!values.source) buildServer();
  const results = [await run(1), await run(2)];
  const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
  const s = (n: number) => `${n.toFixed(1)} s`;
  console.log(`\n## ${docs} docs × ${PER_DOC} clients, one edit a second per doc, ${seconds} s, on Postgres + Redis\n`);
  console.log('| setup | p50 | p99 | max | drops | closed sockets | CPU per node | Postgres CPU | Redis CPU | client CPU |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.setup} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.drops} | ${r.closes} | ${r.nodeCpu.map(s).join(' + ')} | ${s(r.postgresCpu)} | ${s(r.redisCpu)} | ${s(r.clientCpu)} |`,
    );
  }
}
