import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openThread } from '@minga/doc-model';
import { UnitSchema, commentsDocId, type Session, type Unit } from '@minga/schema';
import { z } from 'zod';
import { API_ROUTES, type ApiRoute, type Method } from '../src/http/apiRoutes.ts';
import { describeZodError } from '../src/http/ApiError.ts';
import { seedDemoWorkspace, type SeededDemo } from '../src/demo/seedDemo.ts';
import { DEMO_UNITS } from '../src/demo/demoUnits.ts';
import { connectClient, startServer, synced, waitFor, type TestServer } from './helpers.ts';

/**
 * The typed contract, held against real replies: every JSON answer of every route in `API_ROUTES`
 * (packages/schema's reply schemas) is produced by a real server on the demo workspace and parsed
 * by the schema the route declares. A route whose reply nobody checked here fails the last test.
 */

let t: TestServer;
let demo: SeededDemo;
/** `<method> <path> <status>` of every reply checked against its schema. */
const checked = new Set<string>();

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface CallOptions {
  params?: Record<string, string | number>;
  query?: string;
  key?: string;
  body?: unknown;
  raw?: { type: string; bytes: Buffer };
  status?: number;
}

/** Calls a route of the registry on the real server and checks its reply against the route's schema. */
async function call<T = Record<string, unknown>>(method: Method, path: string, options: CallOptions = {}): Promise<T> {
  const route = API_ROUTES.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`${method} ${path} is not in API_ROUTES`);
  const params = { workspaceId: demo.workspaceId, ...options.params };
  const url = path.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(String(params[name as keyof typeof params])));
  const headers: Record<string, string> = {};
  const key = options.key ?? demo.editKey;
  if (key) headers.authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.raw.type;
  const res = await fetch(`${t.origin}${url}${options.query ? `?${options.query}` : ''}`, {
    method,
    headers,
    body: options.raw ? new Uint8Array(options.raw.bytes) : options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const json: unknown = await res.json();
  const status = options.status ?? 200;
  expect(res.status, `${method} ${path}: ${JSON.stringify(json).slice(0, 300)}`).toBe(status);
  const reply = route.replies.find((r) => r.status === status);
  if (!reply || !('schema' in reply)) throw new Error(`${method} ${path} declares no JSON reply with ${status}`);
  const parsed = reply.schema.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues, `${method} ${path} ${status} against its schema`).toEqual([]);
  checked.add(`${method} ${path} ${status}`);
  return json as T;
}

beforeAll(async () => {
  t = await startServer();
  demo = await seedDemoWorkspace(t.server.ctx);
});
afterAll(async () => {
  await t.close();
});

describe('every reply matches its schema in packages/schema', () => {
  it('workspaces, health, documents', async () => {
    await call('POST', '/api/workspaces', { key: '', body: { name: 'Contrat' }, status: 201 });
    await call('GET', '/healthz', { key: '' });
    await call('GET', '/api/openapi.json', { key: '' });
    await call('GET', '/api/schema/unit.json', { key: '' });
    await call('GET', '/api/w/:workspaceId');
    await call('GET', '/api/w/:workspaceId', { key: demo.viewKey });
    await call('GET', '/api/w/:workspaceId/links');
  });

  it('units: library, read, write, bin, fork, upstream, catalogue', async () => {
    await call('GET', '/api/w/:workspaceId/units');
    await call('GET', '/api/w/:workspaceId/units', { query: 'q=communs&sort=relevance' });
    const unit = await call<Unit>('POST', '/api/w/:workspaceId/units', { body: { title: 'Les communs numériques', steps: [{ title: 'Tour de table', kind: 'talk', minutes: 10 }] }, status: 201 });
    const params = { unitId: unit.id };

    // A comment thread, written over sync as the app does, so `?comments=1` and the list carry one.
    const client = connectClient(t.wsOrigin, demo.workspaceId, commentsDocId(unit.id), demo.editKey);
    try {
      await synced(client);
      openThread(client.doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Titre trop large ?', now: '2026-12-04T10:00:00.000Z' });
      await waitFor(async () => (await call<{ items: unknown[] }>('GET', '/api/w/:workspaceId/comments')).items.length === 1, 'the thread on the server');
    } finally {
      client.destroy();
    }
    const withComments = await call<{ comments?: unknown[] }>('GET', '/api/w/:workspaceId/units/:unitId', { params, query: 'comments=1' });
    expect(withComments.comments).toHaveLength(1);
    await call('GET', '/api/w/:workspaceId/units/:unitId', { params, key: demo.viewKey });
    await call('PUT', '/api/w/:workspaceId/units/:unitId', { params, body: { ...unit, description: 'Ce que nous partageons.', author: 'Amel' } });

    const fork = await call<Unit>('POST', '/api/w/:workspaceId/units/:unitId/fork', { params, body: { title: 'Les communs, version Brest' }, status: 201 });
    await call('GET', '/api/w/:workspaceId/units/:unitId/lineage', { params: { unitId: fork.id } });
    await call('GET', '/api/w/:workspaceId/units/:unitId/lineage', { params });
    await call('PUT', '/api/w/:workspaceId/units/:unitId', { params, body: { ...unit, title: 'Les communs numériques et nous' } });
    const upstream = await call<{ changes: unknown[] }>('GET', '/api/w/:workspaceId/units/:unitId/upstream', { params: { unitId: fork.id } });
    expect(upstream.changes.length).toBeGreaterThan(0);
    await call('POST', '/api/w/:workspaceId/units/:unitId/upstream', { params: { unitId: fork.id }, body: { take: ['description'] } });

    await call('GET', '/api/w/:workspaceId/units/:unitId/publication', { params });
    const published = await call<{ publicId: string }>('PUT', '/api/w/:workspaceId/units/:unitId/publication', { params });
    await call('GET', '/api/w/:workspaceId/units/:unitId/publication', { params });
    await call('GET', '/api/catalogue', { key: '' });
    await call('GET', '/api/catalogue/:publicId', { key: '', params: { publicId: published.publicId } });
    await call('POST', '/api/catalogue/:publicId/fork', { params: { publicId: published.publicId }, body: { workspaceId: demo.workspaceId }, status: 201 });
    await call('DELETE', '/api/w/:workspaceId/units/:unitId/publication', { params });

    await call('DELETE', '/api/w/:workspaceId/units/:unitId', { params });
    await call('GET', '/api/w/:workspaceId/bin');
    await call('POST', '/api/w/:workspaceId/units/:unitId/restore', { params });
  });

  it('import, files', async () => {
    const text = '---\ntitle: Cartographier les communs\nlang: fr\n---\n\n# Pourquoi\n\nUne carte des ressources partagées.\n';
    await call('POST', '/api/w/:workspaceId/import', { body: { text, filename: 'carte.md', dryRun: true } });
    await call('POST', '/api/w/:workspaceId/import', { body: { text, filename: 'carte.md', author: 'Amel' }, status: 201 });
    await call('POST', '/api/w/:workspaceId/files', { raw: { type: 'image/png', bytes: PNG }, status: 201 });
  });

  it('sessions, versions, comparisons, room input, deliveries, follow links', async () => {
    const params = { sessionId: demo.sessionId, docId: demo.sessionId };
    await call('GET', '/api/w/:workspaceId/sessions');
    const session = await call<Session>('GET', '/api/w/:workspaceId/sessions/:sessionId', { params });
    await call('GET', '/api/w/:workspaceId/sessions/:sessionId', { params, query: 'comments=1' });
    // Its schema reads an unreadable unit as null (the deck shows a placeholder): the server sends none.
    const resolved = await call<{ units: Record<string, unknown> }>('GET', '/api/w/:workspaceId/sessions/:sessionId/resolved', { params });
    const units = Object.values(resolved.units);
    expect(units.length).toBeGreaterThan(3);
    expect(units.filter((unit) => !UnitSchema.safeParse(unit).success)).toEqual([]);
    const link = await call<{ followKey: string }>('GET', '/api/w/:workspaceId/sessions/:sessionId/follow', { params });
    // The room's phones read the deck the server builds, with the follow key (no notes).
    await call('GET', '/api/w/:workspaceId/sessions/:sessionId/deck', { params, key: link.followKey, query: 'lang=fr' });

    const version = await call<{ id: number }>('POST', '/api/w/:workspaceId/docs/:docId/versions', { params, body: { label: 'Avant Brest', author: 'Amel' }, status: 201 });
    await call('PUT', '/api/w/:workspaceId/sessions/:sessionId', { params, body: { ...session, title: `${session.title} (Brest)` } });
    await call('GET', '/api/w/:workspaceId/docs/:docId/versions', { params });
    await call('GET', '/api/w/:workspaceId/docs/:docId/versions/:versionId', { params: { ...params, versionId: version.id } });
    await call('GET', '/api/w/:workspaceId/docs/:docId/compare', { params, query: `from=${version.id}` });
    await call('POST', '/api/w/:workspaceId/docs/:docId/versions/:versionId/restore', { params: { ...params, versionId: version.id } });

    const input = await call<{ id: number }>('POST', '/api/w/:workspaceId/sessions/:sessionId/room-input', { params, key: link.followKey, body: { kind: 'question', text: 'Et les communs numériques ?', author: 'Yann' }, status: 201 });
    await call('GET', '/api/w/:workspaceId/sessions/:sessionId/room-input', { params });
    await call('PATCH', '/api/w/:workspaceId/sessions/:sessionId/room-input/:inputId', { params: { ...params, inputId: input.id }, body: { status: 'kept' } });

    const delivery = await call<{ id: number }>('POST', '/api/w/:workspaceId/sessions/:sessionId/deliveries', { params, body: { place: 'Brest', date: '2026-11-20', author: 'Amel', participants: 14 }, status: 201 });
    await call('GET', '/api/w/:workspaceId/sessions/:sessionId/deliveries', { params });
    await call('GET', '/api/w/:workspaceId/deliveries', { key: demo.viewKey });
    await call('GET', '/api/w/:workspaceId/deliveries/:deliveryId', { params: { deliveryId: delivery.id } });
    await call('GET', '/api/w/:workspaceId/docs/:docId/compare', { params, query: `from=delivery:${delivery.id}` });

    const copy = await call<Session>('POST', '/api/w/:workspaceId/sessions/:sessionId/duplicate', { params, body: { title: 'Les communs à Lille', date: '2027-01-15' }, status: 201 });
    await call('GET', '/api/w/:workspaceId/sessions/:sessionId/lineage', { params: { sessionId: copy.id } });
    await call('POST', '/api/w/:workspaceId/sessions', { body: { title: 'Atelier du jeudi' }, status: 201 });
    await call('DELETE', '/api/w/:workspaceId/sessions/:sessionId', { params: { sessionId: copy.id } });
    await call('POST', '/api/w/:workspaceId/sessions/:sessionId/restore', { params: { sessionId: copy.id } });
    await call('POST', '/api/w/:workspaceId/sessions/:sessionId/follow', { params });
  });

  it('key rotation', async () => {
    await call('POST', '/api/w/:workspaceId/keys/rotate', { body: { which: 'view' } });
  });

  it('left no JSON reply of the registry unchecked', () => {
    const declared = API_ROUTES.flatMap((route) => route.replies.filter((reply) => 'schema' in reply).map((reply) => `${route.method} ${route.path} ${reply.status}`));
    expect(declared.filter((reply) => !checked.has(reply))).toEqual([]);
  });
});

describe('every JSON body is parsed by the schema its route declares', () => {
  /** A body the declared schema refuses field by field: each of its fields holds `[[null]]`. */
  function violating(schema: z.ZodType): unknown {
    const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
    return Object.fromEntries(Object.keys(shape).map((key) => [key, [[null]]]));
  }
  const jsonBodyRoutes = (API_ROUTES as readonly ApiRoute[]).flatMap((route) =>
    route.body && !('contentTypes' in route.body) ? [{ ...route, body: route.body }] : [],
  );

  it.each(jsonBodyRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s answers 400 with the declared schema’s complaint', async (_name, route) => {
    const body = violating(route.body);
    const refused = route.body.safeParse(body);
    if (refused.success) throw new Error(`${route.method} ${route.path}: the declared schema accepts ${JSON.stringify(body)}`);
    // The path's ids are real (a unit, the demo session, an input): only the body is wrong.
    const ids: Record<string, string | number> = { workspaceId: demo.workspaceId, unitId: DEMO_UNITS[0]!.id, sessionId: demo.sessionId, docId: demo.sessionId, versionId: 1, inputId: 1, publicId: 'x' };
    const url = route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(String(ids[name])));
    const res = await fetch(`${t.origin}${url}`, {
      method: route.method,
      headers: { authorization: `Bearer ${demo.editKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 400,
      body: { error: { code: 'invalid_body', message: describeZodError(refused.error) } },
    });
  });
});
