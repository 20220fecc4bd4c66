import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../src/http/apiRoutes.ts';
import { startServer, type TestServer } from './helpers.ts';
import { describedEndpoints, describedQueryParams, keysTable, shapeOf } from './apiDoc.ts';

interface Operation {
  operationId: string;
  security: unknown[];
  'x-minga-keys': { edit: string; view: string; comment: string; follow: string };
  parameters: { name: string; in: string }[];
  responses: Record<string, unknown>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

let t: TestServer;
let document: OpenApiDocument;

beforeAll(async () => {
  t = await startServer();
  // No key: anyone writing a client reads it.
  const res = await fetch(`${t.origin}/api/openapi.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  document = (await res.json()) as OpenApiDocument;
});
afterAll(async () => {
  await t.close();
});

/** Every operation of the document as `METHOD /path/:param`, the way fastify and docs/API.md's keys table write it. */
const operations = () =>
  Object.entries(document.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${p.replace(/\{([^}]+)\}/g, ':$1')}`, operation })));

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document of every route the server serves, and of nothing else', () => {
    expect(document.openapi).toBe('3.1.0');
    const served = t.server.routes
      .filter((r) => r.url.startsWith('/api/') || r.url.startsWith('/sync/') || r.url === '/healthz')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(operations().map((o) => o.route).sort()).toEqual(served);
    expect(API_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(served);
  });

  it('every $ref points at a component it holds', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, ref]) => ref!);
    expect(refs.length).toBeGreaterThan(50);
    const dangling = [...new Set(refs)].filter((ref) => !ref.startsWith('#/components/schemas/') || !(ref.slice('#/components/schemas/'.length) in document.components.schemas));
    expect(dangling).toEqual([]);
  });

  it('says how keys are sent: a bearer header on REST, ?key= on sync, none on public routes', () => {
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerKey', 'queryKey']);
    for (const { route, operation } of operations()) {
      const expected = operation['x-minga-keys'].edit === 'public' ? [] : route.includes(' /sync/') ? [{ queryKey: [] }] : [{ bearerKey: [] }];
      expect(operation.security, route).toEqual(expected);
    }
  });
});

describe('docs/API.md and the OpenAPI document say the same', () => {
  it('the keys table lists exactly its operations, each with the keys the document gives it', () => {
    const fromDocument = operations().map(({ route, operation }) => ({ route, ...operation['x-minga-keys'] })).sort((a, b) => a.route.localeCompare(b.route));
    const fromTable = keysTable().map(({ method, path, edit, view, comment, follow }) => ({ route: `${method} ${path}`, edit, view, comment, follow })).sort((a, b) => a.route.localeCompare(b.route));
    expect(fromTable).toEqual(fromDocument);
  });

  it('every endpoint the text describes exists with that method, and every operation is described', () => {
    const documented = operations().map(({ route }) => {
      const [method, p] = route.split(' ');
      return `${method} ${shapeOf(p!)}`;
    });
    expect(describedEndpoints()).toEqual([...new Set(documented)].sort());
  });

  it('every REST endpoint’s row names exactly the query parameters the document lists for it', () => {
    const described = describedQueryParams();
    const rest = operations().filter(({ route }) => !route.includes(' /sync/'));
    const inDocument = rest
      .map(({ route, operation }) => {
        const [method, p] = route.split(' ');
        return [`${method} ${shapeOf(p!)}`, operation.parameters.filter((param) => param.in === 'query').map((param) => param.name).sort()] as const;
      })
      .filter(([, names]) => names.length > 0);
    expect(inDocument.length).toBeGreaterThanOrEqual(11);
    for (const [endpoint, names] of inDocument) expect(described.get(endpoint), endpoint).toEqual(names);
    // And no row names a parameter its operation does not take.
    const withQuery = new Map<string, string[]>(inDocument);
    for (const [endpoint, names] of described) {
      if (endpoint.startsWith('GET /sync/') || names.length === 0) continue;
      expect(withQuery.get(endpoint) ?? [], endpoint).toEqual(names);
    }
  });
});
