import net from 'node:net';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Redis } from 'ioredis';
import { spawnServer, tempDataDir } from '../test/helpers.ts';
import { freshSchemaName, testDatabaseUrl, testRedisUrl } from './clusterEnv.ts';

export interface Node {
  child: ChildProcess;
  origin: string;
  wsOrigin: string;
  port: number;
}

/**
 * Minga nodes as separate processes, each with its own data directory, sharing one Postgres schema
 * (document updates, workspaces and keys) and one Redis prefix, both this test's own.
 */
export class TestCluster {
  readonly schema = freshSchemaName();
  readonly prefix = `${this.schema}:`;
  readonly nodes: Node[] = [];
  private readonly admin = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  readonly redis = new Redis(testRedisUrl(), { lazyConnect: true });

  /** `settings`: more environment for every node (e.g. a short MINGA_AUTO_VERSION_IDLE_MS). */
  constructor(private readonly settings: Record<string, string> = {}) {}

  env(): Record<string, string> {
    return {
      ...this.settings,
      MINGA_DATABASE_URL: testDatabaseUrl(),
      MINGA_DATABASE_SCHEMA: this.schema,
      MINGA_REDIS_URL: testRedisUrl(),
      MINGA_REDIS_PREFIX: this.prefix,
    };
  }

  /** Starts one more node, on a data directory of its own. */
  async start(): Promise<Node> {
    const { child, origin, wsOrigin } = await spawnServer(tempDataDir(), this.env());
    const node = { child, origin, wsOrigin, port: Number(new URL(origin).port) };
    this.nodes.push(node);
    return node;
  }

  /** Updates stored for a doc in this cluster's schema. */
  async storedCount(workspaceId: string, docId: string): Promise<number> {
    const { rows } = await this.admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${this.schema}.doc_updates WHERE workspace_id = $1 AND doc_id = $2`,
      [workspaceId, docId],
    );
    return rows[0]!.n;
  }

  query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.admin.query<R>(sql, params);
  }

  /**
   * Cuts a node's Redis connections as a Redis restart would (CLIENT KILL on the connections named
   * with this cluster's prefix), leaving the machine's Redis, which others use, running.
   */
  async cutRedis(): Promise<number> {
    if (this.redis.status === 'wait') await this.redis.connect();
    const list = (await this.redis.client('LIST')) as string;
    const ids = list
      .split('\n')
      .filter((line) => line.includes(` name=${this.prefix}node:`))
      .map((line) => /(?:^|\s)id=(\d+)/.exec(line)![1]!);
    for (const id of ids) await this.redis.client('KILL', 'ID', id);
    return ids.length;
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) node.child.kill('SIGKILL');
    await Promise.all(this.nodes.map((n) => exited(n.child)));
    await this.admin.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
    await this.admin.end();
    this.redis.disconnect();
  }
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/**
 * A TCP front for the nodes, as a load balancer: each new connection goes to the first node still
 * listed. Taking a dead node off the list is what a proxy's health check does.
 */
export class FrontProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(public backends: number[]) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.backends[0]!, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  get wsOrigin(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) =>
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as net.AddressInfo).port;
        resolve();
      }),
    );
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
