import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { API_ROUTES, type ApiRoute } from '../src/http/apiRoutes.ts';
import { describeZodError } from '../src/http/ApiError.ts';
import { parseQuery } from '../src/http/validate.ts';
import { seedDemoWorkspace, type SeededDemo } from '../src/demo/seedDemo.ts';
import { DEMO_UNITS } from '../src/demo/demoUnits.ts';
import { startServer, type TestServer } from './helpers.ts';

/**
 * Query strings are parsed with the schema their route declares in `API_ROUTES` (`parseQuery`),
 * the one the OpenAPI document lists as query parameters: a bad query answers 400 `invalid_params`
 * with exactly what that schema says of it.
 */

let t: TestServer;
let demo: SeededDemo;

beforeAll(async () => {
  t = await startServer();
  demo = await seedDemoWorkspace(t.server.ctx);
});
afterAll(async () => {
  await t.close();
});

const queryRoutes = (API_ROUTES as readonly ApiRoute[]).filter((route): route is ApiRoute & { query: z.ZodObject } => route.query !== undefined);

/** Values a query parameter may be given, one of which each declared parameter refuses. */
const CANDIDATES = ['x'.repeat(1000), 'not-a-value', '-1', '2.5', ''];

/** A query string the route's schema refuses, one parameter wrong: `name=value`. */
function badQuery(schema: z.ZodObject): { name: string; value: string } {
  for (const name of Object.keys(schema.shape)) {
    for (const value of CANDIDATES) {
      if (!schema.safeParse({ [name]: value }).success) return { name, value };
    }
  }
  throw new Error('no parameter of this schema refuses any candidate value');
}

describe('query strings are parsed with the schema their route declares', () => {
  it('every route but the sync endpoints reads its query through parseQuery, and declares it', () => {
    const dir = path.join(import.meta.dirname, '../src/http/routes');
    const readers = fs.readdirSync(dir).filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes('request.query'));
    // The sync endpoints read the key and the layout by hand: a WebSocket refusal is a close code, not a 400.
    expect(readers).toEqual(['syncRoutes.ts']);
    expect(queryRoutes.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      'GET /api/w/:workspaceId/comments',
      'GET /api/w/:workspaceId/deliveries',
      'GET /api/w/:workspaceId/docs/:docId/compare',
      'GET /api/w/:workspaceId/sessions/:sessionId',
      'GET /api/w/:workspaceId/sessions/:sessionId/deck',
      'GET /api/w/:workspaceId/sessions/:sessionId/export',
      'GET /api/w/:workspaceId/sessions/:sessionId/room-input',
      'GET /api/w/:workspaceId/units',
      'GET /api/w/:workspaceId/units/:unitId',
      'GET /api/w/:workspaceId/units/:unitId/export',
      'POST /api/w/:workspaceId/import',
    ]);
  });

  it.each(queryRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s: a bad query is a 400 saying what its declared schema says', async (_name, route) => {
    const params: Record<string, string> = { workspaceId: demo.workspaceId, unitId: DEMO_UNITS[0]!.id, docId: DEMO_UNITS[0]!.id, sessionId: demo.sessionId };
    const url = route.path.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(params[name]!));
    const { name, value } = badQuery(route.query);
    // The import reads its query with a raw file (a JSON body carries its options itself).
    const raw = route.method === 'POST';
    const res = await fetch(`${t.origin}${url}?${new URLSearchParams({ [name]: value })}`, {
      method: route.method,
      headers: { authorization: `Bearer ${demo.editKey}`, ...(raw ? { 'content-type': 'text/plain' } : {}) },
      ...(raw ? { body: '# A pad\n' } : {}),
    });
    expect(res.status).toBe(400);
    const parsed = route.query.safeParse({ [name]: value });
    expect(parsed.success).toBe(false);
    expect(await res.json()).toEqual({ error: { code: 'invalid_params', message: describeZodError(parsed.error!) } });
  });

  it('a handler cannot parse the query of another route', () => {
    const request = { routeOptions: { method: 'GET', url: '/api/w/:workspaceId/units' }, query: {} } as unknown as FastifyRequest;
    expect(parseQuery(request, 'GET', '/api/w/:workspaceId/units')).toEqual({ limit: 50 });
    expect(() => parseQuery(request, 'GET', '/api/w/:workspaceId/comments')).toThrow(/whose declared query it is not/);
  });
});
