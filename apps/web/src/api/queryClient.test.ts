/// <reference types="node" />
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { MutationObserver, notifyManager } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_QUERY } from '../components/library/libraryQuery.ts';
import { listSessions } from '../components/composer/sessionApi.ts';
import { searchUnits } from '../components/library/libraryApi.ts';
import { ApiError } from './ApiError.ts';
import { createWorkspace, getWorkspace } from './apiClient.ts';
import { MAX_RETRIES, createQueryClient } from './queryClient.ts';
import { queryKeys } from './queryKeys.ts';
import { createUnit, getUnit, listBin, listUnits } from './unitApi.ts';

// The app's queries against a real Minga server (started from the source, as `minga serve`):
// the app's paths are relative, so fetch is pointed at the server's origin, and counted.
const cli = new URL('../../../../server/src/cli.ts', import.meta.url).pathname;
let server: ChildProcess;
let origin = '';
const realFetch = globalThis.fetch;
let calls = 0;
let target = '';

beforeAll(async () => {
  const dataDir = mkdtempSync(`${tmpdir()}/minga-web-queries-`);
  server = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--json'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MINGA_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  origin = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
  target = origin;
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => {
    calls += 1;
    return realFetch(`${target}${path}`, init);
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
  server?.kill();
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the app’s QueryClient', () => {
  it('never asks again after a refusal: a wrong key, an unknown unit fail at the first answer', async () => {
    target = origin;
    const client = createQueryClient();
    const ws = await createWorkspace('Requêtes');
    calls = 0;
    const refused = await failure(client.fetchQuery({ queryKey: queryKeys.info(ws.id, 'wrong-key'), queryFn: ({ signal }) => getWorkspace(ws.id, 'wrong-key', signal) }));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(calls).toBe(1);

    calls = 0;
    const unknown = await failure(client.fetchQuery({ queryKey: queryKeys.unit(ws.id, 'nope', ws.editKey), queryFn: ({ signal }) => getUnit(ws.id, ws.editKey, 'nope', signal) }));
    expect([unknown.code, unknown.status]).toEqual(['not_found', 404]);
    expect(calls).toBe(1);
  });

  it('asks an unreachable server again, then says it is unreachable', async () => {
    // Nothing listens on port 9 (discard) here: the connection is refused.
    target = 'http://127.0.0.1:9';
    const client = createQueryClient();
    calls = 0;
    const offline = await failure(client.fetchQuery({ queryKey: queryKeys.info('ws', 'k'), queryFn: ({ signal }) => getWorkspace('ws', 'k', signal) }));
    expect(offline.isNetwork).toBe(true);
    expect(calls).toBe(1 + MAX_RETRIES);
    target = origin;
  });

  it('invalidating a workspace’s units reaches its library and searches for every key, not its bin or sessions', async () => {
    target = origin;
    const client = createQueryClient();
    const ws = await createWorkspace('Clés');
    await createUnit(ws.id, ws.editKey, { title: 'Les communs', language: 'fr' });
    const queries = {
      library: { queryKey: queryKeys.unitList(ws.id, ws.editKey), queryFn: () => listUnits(ws.id, ws.editKey) },
      viewersLibrary: { queryKey: queryKeys.unitList(ws.id, ws.viewKey), queryFn: () => listUnits(ws.id, ws.viewKey) },
      search: { queryKey: queryKeys.unitSearch(ws.id, ws.editKey, { ...EMPTY_QUERY, q: 'communs' }), queryFn: () => searchUnits(ws.id, ws.editKey, { ...EMPTY_QUERY, q: 'communs' }) },
      bin: { queryKey: queryKeys.binList(ws.id, ws.editKey), queryFn: () => listBin(ws.id, ws.editKey) },
      sessions: { queryKey: queryKeys.sessionList(ws.id, ws.editKey), queryFn: () => listSessions(ws.id, ws.editKey) },
    };
    for (const query of Object.values(queries)) await client.fetchQuery(query as { queryKey: readonly unknown[]; queryFn: () => Promise<unknown> });
    expect(client.getQueryData<{ total: number }>(queries.library.queryKey)?.total).toBe(1);

    await createUnit(ws.id, ws.editKey, { title: 'Les communs numériques', language: 'fr' });
    await client.invalidateQueries({ queryKey: queryKeys.units(ws.id) });
    const invalidated = (query: { queryKey: readonly unknown[] }) => client.getQueryState(query.queryKey)?.isInvalidated;
    expect(Object.fromEntries(Object.entries(queries).map(([name, query]) => [name, invalidated(query)]))).toEqual({
      library: true, viewersLibrary: true, search: true, bin: false, sessions: false,
    });
    // Asked again, they hold the new unit.
    expect((await client.fetchQuery(queries.viewersLibrary)).total).toBe(2);
    expect((await client.fetchQuery(queries.search)).total).toBe(2);
  });

  it('a mutation says it is pending in the task of the click that started it, not a task later', async () => {
    const client = createQueryClient();
    const observer = new MutationObserver(client, { mutationFn: () => new Promise<never>(() => undefined) });
    const heard: string[] = [];
    // As useMutation listens: through the notify manager's batched calls.
    const unsubscribe = observer.subscribe(notifyManager.batchCalls((result: { status: string }) => heard.push(result.status)));
    void observer.mutate();
    // Only the microtasks already queued have run: no timer, no other task.
    await Promise.resolve();
    expect(heard).toEqual(['pending']);
    unsubscribe();
  });
});
