import { z } from 'zod';
import {
  CommentThreadSchema, DeliverySchema, ErrorBodySchema, RoomInputSchema, SessionSchema, SessionSummarySchema, UnitDraftSchema, UnitSchema,
  UnitSummarySchema, VersionMetaSchema,
} from '@minga/schema';
import { keysOf, type ApiRoute } from './apiRoutes.ts';

/** Schemas many routes share: one component each, referenced wherever they appear. */
const SHARED: Record<string, z.ZodType> = {
  Unit: UnitSchema,
  UnitDraft: UnitDraftSchema,
  UnitSummary: UnitSummarySchema,
  Session: SessionSchema,
  SessionSummary: SessionSummarySchema,
  Delivery: DeliverySchema,
  RoomInput: RoomInputSchema,
  VersionMeta: VersionMetaSchema,
  CommentThread: CommentThreadSchema,
  Error: ErrorBodySchema,
};

type Json = Record<string, unknown>;

/** `/api/w/:workspaceId` → `/api/w/{workspaceId}`, and the names of its parameters. */
export function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const converted = path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: converted, params };
}

/** `GET /api/w/:workspaceId/units/:unitId` → `getUnitsByUnitId`-like ids, unique and stable. */
function operationId(route: ApiRoute): string {
  const words = route.path
    .split('/')
    .filter((part) => part && part !== 'api' && part !== 'w' && part !== ':workspaceId')
    .map((part) => part.replace(/^:/, 'by-').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()));
  if (words.length === 0) words.push('workspace');
  return [route.method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

/**
 * The OpenAPI 3.1 document of the routes, generated from their zod schemas with zod's own
 * `z.toJSONSchema` (draft 2020-12, which OpenAPI 3.1 speaks): bodies as the server accepts them
 * (`io: 'input'`), replies as it sends them (`io: 'output'`).
 */
export function openApiDocument(routes: readonly ApiRoute[], version: string): Json {
  const components = { replies: z.registry<{ id: string }>(), requests: z.registry<{ id: string }>() };
  const ids = { replies: new Map<z.ZodType, string>(), requests: new Map<z.ZodType, string>() };
  const name = (side: 'replies' | 'requests', schema: z.ZodType, fallback: string): string => {
    const known = ids[side].get(schema);
    if (known) return known;
    const id = side === 'requests' ? `${fallback}Input` : fallback;
    ids[side].set(schema, id);
    components[side].add(schema, { id });
    return id;
  };
  for (const [id, schema] of Object.entries(SHARED)) {
    name('replies', schema, id);
    name('requests', schema, id);
  }

  const paths: Record<string, Record<string, Json>> = {};
  const queryParams: { operation: Json; schema: z.ZodType }[] = [];
  for (const route of routes) {
    const { path, params } = openApiPath(route.path);
    const op = operationId(route);
    const sync = route.access.startsWith('sync');
    const operation: Json = {
      operationId: op,
      summary: route.summary,
      'x-minga-keys': keysOf(route.access),
      security: route.access === 'public' ? [] : sync ? [{ queryKey: [] }] : [{ bearerKey: [] }],
      parameters: params.map((param) => ({ name: param, in: 'path', required: true, schema: { type: 'string' } })),
      responses: Object.fromEntries([
        ...route.replies.map((reply) => [
          String(reply.status),
          'schema' in reply
            ? { description: reply.description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name('replies', reply.schema, `${op}Reply`)}` } } } }
            : { description: reply.description, content: { [reply.contentType]: {} } },
        ]),
        ['default', { description: 'An error: `{ error: { code, message } }` with the status of its code', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }],
      ]),
    };
    if (route.body) {
      operation.requestBody = 'contentTypes' in route.body
        ? { required: true, content: Object.fromEntries(route.body.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }
        : { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name('requests', route.body, `${op}Body`)}` } } } };
    }
    if (route.query) queryParams.push({ operation, schema: route.query });
    if (sync) (operation.parameters as Json[]).push({ name: 'key', in: 'query', required: true, schema: { type: 'string' } });
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }

  // Query strings are flat: each property of the query schema becomes a parameter.
  for (const { operation, schema } of queryParams) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
    for (const [param, property] of Object.entries(json.properties ?? {})) {
      (operation.parameters as Json[]).push({ name: param, in: 'query', required: json.required?.includes(param) ?? false, schema: property });
    }
  }

  const uri = (id: string) => `#/components/schemas/${id}`;
  const replies = z.toJSONSchema(components.replies, { io: 'output', unrepresentable: 'any', uri }).schemas;
  const requests = z.toJSONSchema(components.requests, { io: 'input', unrepresentable: 'any', uri }).schemas;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Minga API',
      version,
      description: 'Generated from the zod schemas of packages/schema; docs/API.md says the same in words. Errors are `{ "error": { "code", "message" } }`.',
    },
    paths,
    components: {
      schemas: { ...flattened(replies, 'Shared'), ...flattened(requests, 'SharedInput') },
      securitySchemes: {
        bearerKey: { type: 'http', scheme: 'bearer', description: 'A workspace’s edit or view key, or a session’s follow key: `Authorization: Bearer <key>`.' },
        queryKey: { type: 'apiKey', in: 'query', name: 'key', description: 'The same keys on the sync endpoints and in links: `?key=<key>`.' },
      },
    },
  };
}

/**
 * Components as they go in the document: without `$schema` and `$id` (the document's dialect is
 * OpenAPI 3.1's), and with what zod put in its `__shared` entry (schemas several components use,
 * such as recursive rich text) as components of their own, so every `$ref` is a plain pointer.
 */
function flattened(schemas: Record<string, Json>, prefix: string): Record<string, Json> {
  const { __shared: shared, ...rest } = schemas;
  const defs = (shared?.$defs ?? {}) as Record<string, Json>;
  const all: Record<string, Json> = { ...rest, ...Object.fromEntries(Object.entries(defs).map(([id, schema]) => [`${prefix}_${id}`, schema])) };
  const text = JSON.stringify(all).replaceAll('#/components/schemas/__shared#/$defs/', `#/components/schemas/${prefix}_`);
  return Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, Json>).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}
