import type { z } from 'zod';
import {
  BinListSchema, BinnedDocSchema, CatalogueEntrySchema, CatalogueListSchema, CommentsListSchema, CommentsQuerySchema, CompareQuerySchema,
  CreateSessionBodySchema, CreateUnitBodySchema, CreateVersionBodySchema, CreateWorkspaceBodySchema, DeliveryBodySchema, DeliveryListSchema,
  DeliverySchema, DocCompareReplySchema, DuplicateSessionBodySchema, FollowDeckQuerySchema, FollowDeckReplySchema, FollowLinkSchema, ForkBodySchema, HealthSchema, ImportPreviewSchema,
  ImportedUnitSchema, JsonDocumentSchema, PublicationSchema, ResolvedSessionSchema, RestoredDocSchema, RoomInputBodySchema, RoomInputListSchema,
  RoomInputPatchSchema, RoomInputSchema, RotateKeysBodySchema, RotatedKeysSchema, SessionLineageSchema, SessionListSchema, SessionSchema,
  SessionWithCommentsSchema, TakeUpstreamBodySchema, UnitLineageSchema, UnitListSchema, UnitQuerySchema, UnitSchema, UnitWithCommentsSchema,
  UpstreamReplySchema, UploadedFileSchema, VersionListSchema, VersionMetaSchema, VersionWithStateSchema, WithCommentsQuerySchema,
  WorkspaceInfoSchema, WorkspaceLinksSchema, WorkspaceWithKeysSchema,
} from '@minga/schema';
import {
  CatalogueForkBodySchema, ImportJsonBodySchema, ImportRawQuerySchema, PutSessionBodySchema, PutUnitBodySchema, RoomInputSinceSchema, SessionExportQuerySchema,
  TimelineQuerySchema, UnitExportQuerySchema,
} from './requestSchemas.ts';

/**
 * Who may call a route (docs/API.md, "Keys: what each may do"): `public` needs no key; `view` a
 * view, comment or edit key; `edit` the edit key; `follower` a view, comment or edit key, or the
 * path's session's follow key. `sync`, `sync-follower` and `sync-comments` are the WebSocket
 * endpoints, where a view key reads only; a comment key writes only on `sync-comments` (threads).
 */
export type Access = 'public' | 'view' | 'edit' | 'follower' | 'sync' | 'sync-follower' | 'sync-comments';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One answer of a route: JSON checked by `schema`, or a file of `contentType`. */
export type RouteReply = { status: number; description: string } & ({ schema: z.ZodType } | { contentType: string });

/** One route of the REST API and sync endpoints: the contract the OpenAPI document is generated from. */
export interface ApiRoute {
  method: Method;
  /** As fastify writes it: `/api/w/:workspaceId/units/:unitId`. */
  path: string;
  access: Access;
  summary: string;
  query?: z.ZodType;
  /** The JSON body, or raw bytes of these content types. */
  body?: z.ZodType | { contentTypes: readonly string[] };
  replies: readonly RouteReply[];
}

const ok = (schema: z.ZodType, description = 'OK'): RouteReply => ({ status: 200, schema, description });
const created = (schema: z.ZodType, description = 'Created'): RouteReply => ({ status: 201, schema, description });
const file = (contentType: string, description: string): RouteReply => ({ status: 200, contentType, description });
const upgrade: RouteReply = { status: 101, contentType: 'application/octet-stream', description: 'Switching to a WebSocket speaking the y-websocket protocol; refusals close it with a 44xx code' };

/**
 * Every route the server serves under `/api`, `/sync` and `/healthz`, in docs/API.md's order. A
 * JSON body or a query string declared here is the one its handler parses (`parseBody`,
 * `parseQuery`): what the OpenAPI document calls a valid body or query is exactly what the server
 * accepts.
 */
export const API_ROUTES = [
  { method: 'GET', path: '/healthz', access: 'public', summary: 'Liveness and the depth of the write queue', replies: [ok(HealthSchema)] },
  { method: 'GET', path: '/api/openapi.json', access: 'public', summary: 'This document', replies: [ok(JsonDocumentSchema)] },
  { method: 'POST', path: '/api/workspaces', access: 'public', summary: 'Create a workspace; its keys are shown only now', body: CreateWorkspaceBodySchema, replies: [created(WorkspaceWithKeysSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId', access: 'view', summary: 'The workspace and the role the key gives', replies: [ok(WorkspaceInfoSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/links', access: 'edit', summary: 'The links to share, on the room’s origin', replies: [ok(WorkspaceLinksSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/keys/rotate', access: 'edit', summary: 'Replace keys; the old ones stop working at once', body: RotateKeysBodySchema, replies: [ok(RotatedKeysSchema)] },
  { method: 'GET', path: '/sync/:workspaceId/:docId', access: 'sync', summary: 'A document over y-websocket (key as ?key=; the layout the client writes as ?layout=)', replies: [upgrade] },
  { method: 'GET', path: '/api/w/:workspaceId/files/:fileId', access: 'public', summary: 'An uploaded image (its id is the capability)', replies: [file('image/*', 'The image')] },
  { method: 'POST', path: '/api/w/:workspaceId/files', access: 'edit', summary: 'Upload an image (PNG, JPEG, GIF or WebP, by content)', body: { contentTypes: ['image/*', 'application/octet-stream'] }, replies: [created(UploadedFileSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/docs/:docId/versions', access: 'view', summary: 'Named and automatic versions, newest first', replies: [ok(VersionListSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/docs/:docId/versions', access: 'edit', summary: 'Save a named version of the live state', body: CreateVersionBodySchema, replies: [created(VersionMetaSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/docs/:docId/versions/:versionId', access: 'view', summary: 'One version with its Yjs state (base64)', replies: [ok(VersionWithStateSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/docs/:docId/versions/:versionId/restore', access: 'edit', summary: 'A unit or session back to a version, as a new change', replies: [ok(RestoredDocSchema)] },
  { method: 'GET', path: '/api/schema/unit.json', access: 'public', summary: 'The JSON Schema of a unit', replies: [ok(JsonDocumentSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/units', access: 'view', summary: 'Search and list the library', query: UnitQuerySchema, replies: [ok(UnitListSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/units', access: 'edit', summary: 'Create a unit from a draft', body: CreateUnitBodySchema, replies: [created(UnitSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/units/:unitId', access: 'view', summary: 'A unit’s JSON form (its threads with comments=1)', query: WithCommentsQuerySchema, replies: [ok(UnitWithCommentsSchema)] },
  { method: 'PUT', path: '/api/w/:workspaceId/units/:unitId', access: 'edit', summary: 'Replace a unit, applied to the live document', body: PutUnitBodySchema, replies: [ok(UnitSchema)] },
  { method: 'DELETE', path: '/api/w/:workspaceId/units/:unitId', access: 'edit', summary: 'Move a unit to the bin', replies: [ok(BinnedDocSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/units/:unitId/restore', access: 'edit', summary: 'Take a unit out of the bin', replies: [ok(UnitSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/bin', access: 'view', summary: 'What is in the bin', replies: [ok(BinListSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/units/:unitId/fork', access: 'edit', summary: 'Fork a unit in its workspace', body: ForkBodySchema, replies: [created(UnitSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/units/:unitId/lineage', access: 'view', summary: 'Where a unit was forked from, and its forks', replies: [ok(UnitLineageSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/units/:unitId/upstream', access: 'view', summary: 'What changed in a fork’s source since the fork', replies: [ok(UpstreamReplySchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/units/:unitId/upstream', access: 'edit', summary: 'Take fields and items from the source', body: TakeUpstreamBodySchema, replies: [ok(UnitSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/units/:unitId/publication', access: 'view', summary: 'Whether the unit is in the public catalogue', replies: [ok(PublicationSchema)] },
  { method: 'PUT', path: '/api/w/:workspaceId/units/:unitId/publication', access: 'edit', summary: 'Publish the unit in the catalogue', replies: [ok(PublicationSchema)] },
  { method: 'DELETE', path: '/api/w/:workspaceId/units/:unitId/publication', access: 'edit', summary: 'Take the unit out of the catalogue', replies: [ok(PublicationSchema)] },
  {
    method: 'GET', path: '/api/w/:workspaceId/units/:unitId/export', access: 'view', summary: 'The unit as a deck, a PDF, JSON or Markdown', query: UnitExportQuerySchema,
    replies: [{ status: 200, contentType: 'text/html, application/pdf, application/json, text/markdown', description: 'The file, by format' }],
  },
  {
    method: 'POST', path: '/api/w/:workspaceId/import', access: 'edit', summary: 'A pad, Markdown, a Carpentries episode or a unit’s JSON becomes a unit (JSON body, or the raw file with the options in the query)',
    query: ImportRawQuerySchema, body: ImportJsonBodySchema,
    replies: [ok(ImportPreviewSchema, 'Dry run: what would be created'), created(ImportedUnitSchema, 'The unit created')],
  },
  { method: 'GET', path: '/api/catalogue', access: 'public', summary: 'The published units', replies: [ok(CatalogueListSchema)] },
  { method: 'GET', path: '/api/catalogue/:publicId', access: 'public', summary: 'A published unit, its licence and credits', replies: [ok(CatalogueEntrySchema)] },
  { method: 'POST', path: '/api/catalogue/:publicId/fork', access: 'edit', summary: 'Fork a published unit into the workspace the body names (its edit key)', body: CatalogueForkBodySchema, replies: [created(UnitSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions', access: 'view', summary: 'The workspace’s sessions', replies: [ok(SessionListSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/sessions', access: 'edit', summary: 'Create a session from a draft', body: CreateSessionBodySchema, replies: [created(SessionSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId', access: 'view', summary: 'A session’s JSON form (its threads with comments=1)', query: WithCommentsQuerySchema, replies: [ok(SessionWithCommentsSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/resolved', access: 'view', summary: 'The session, its units (live or pinned) and its timing', replies: [ok(ResolvedSessionSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/deck', access: 'follower', summary: 'The deck as the projector shows it, without notes (ETag: an unchanged deck is a 304)', query: FollowDeckQuerySchema, replies: [ok(FollowDeckReplySchema)] },
  { method: 'PUT', path: '/api/w/:workspaceId/sessions/:sessionId', access: 'edit', summary: 'Replace a session, applied to the live document', body: PutSessionBodySchema, replies: [ok(SessionSchema)] },
  { method: 'DELETE', path: '/api/w/:workspaceId/sessions/:sessionId', access: 'edit', summary: 'Move a session to the bin', replies: [ok(BinnedDocSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/sessions/:sessionId/restore', access: 'edit', summary: 'Take a session out of the bin', replies: [ok(SessionSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/sessions/:sessionId/duplicate', access: 'edit', summary: 'The copy for the next event, with the handover', body: DuplicateSessionBodySchema, replies: [created(SessionSchema)] },
  {
    method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/export', access: 'view', summary: 'The session as a deck, a PDF, a run-sheet, a handout or a promotional sheet', query: SessionExportQuerySchema,
    replies: [{ status: 200, contentType: 'text/html, application/pdf, text/markdown', description: 'The file, by format' }],
  },
  { method: 'POST', path: '/api/w/:workspaceId/sessions/:sessionId/room-input', access: 'follower', summary: 'A question or a proposed next step from the room', body: RoomInputBodySchema, replies: [created(RoomInputSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/room-input', access: 'edit', summary: 'What the room sent (a long poll with wait)', query: RoomInputSinceSchema, replies: [ok(RoomInputListSchema)] },
  { method: 'PATCH', path: '/api/w/:workspaceId/sessions/:sessionId/room-input/:inputId', access: 'edit', summary: 'Keep or dismiss a message from the room', body: RoomInputPatchSchema, replies: [ok(RoomInputSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/sessions/:sessionId/deliveries', access: 'edit', summary: 'Mark the session as given, freezing its versions', body: DeliveryBodySchema, replies: [created(DeliverySchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/deliveries', access: 'view', summary: 'The session’s deliveries, oldest first', replies: [ok(DeliveryListSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/lineage', access: 'view', summary: 'The sessions it was duplicated from', replies: [ok(SessionLineageSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/deliveries', access: 'view', summary: 'The workspace’s timeline of deliveries', query: TimelineQuerySchema, replies: [ok(DeliveryListSchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/deliveries/:deliveryId', access: 'view', summary: 'One delivery', replies: [ok(DeliverySchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/docs/:docId/compare', access: 'view', summary: 'A unit or session compared field by field between two states', query: CompareQuerySchema, replies: [ok(DocCompareReplySchema)] },
  { method: 'GET', path: '/api/w/:workspaceId/comments', access: 'view', summary: 'Units and sessions with comment threads that match', query: CommentsQuerySchema, replies: [ok(CommentsListSchema)] },
  { method: 'GET', path: '/sync/:workspaceId/:docId/comments', access: 'sync-comments', summary: 'A document’s comment threads over y-websocket (key as ?key=)', replies: [upgrade] },
  { method: 'GET', path: '/sync/:workspaceId/:docId/presence', access: 'sync-follower', summary: 'A session’s presence over y-websocket: awareness only, the presenter’s position (key as ?key=)', replies: [upgrade] },
  { method: 'GET', path: '/api/w/:workspaceId/sessions/:sessionId/follow', access: 'edit', summary: 'The session’s follow link (the first ask makes the key)', replies: [ok(FollowLinkSchema)] },
  { method: 'POST', path: '/api/w/:workspaceId/sessions/:sessionId/follow', access: 'edit', summary: 'A new follow key; the old link stops working', replies: [ok(FollowLinkSchema)] },
] as const satisfies readonly ApiRoute[];

/** The routes that take a JSON body. */
type JsonBodyRoute = Extract<(typeof API_ROUTES)[number], { body: z.ZodType }>;
/** The paths of the routes that take a JSON body with a method. */
export type JsonBodyPath<M extends Method> = Extract<JsonBodyRoute, { method: M }>['path'];
/** The JSON body schema a route declares. */
export type JsonBodySchema<M extends Method, P extends string> = Extract<JsonBodyRoute, { method: M; path: P }>['body'];

/** The routes that read a query string. */
type QueryRoute = Extract<(typeof API_ROUTES)[number], { query: z.ZodType }>;
/** The paths of the routes that read a query string with a method. */
export type QueryPath<M extends Method> = Extract<QueryRoute, { method: M }>['path'];
/** The query schema a route declares. */
export type QuerySchema<M extends Method, P extends string> = Extract<QueryRoute, { method: M; path: P }>['query'];

function declared(method: string, path: string): ApiRoute | undefined {
  return (API_ROUTES as readonly ApiRoute[]).find((r) => r.method === method && r.path === path);
}

/** The JSON body schema the route of `method` and `path` declares, if it takes one. */
export function declaredJsonBody(method: string, path: string): z.ZodType | undefined {
  const body = declared(method, path)?.body;
  return body && !('contentTypes' in body) ? body : undefined;
}

/** The query schema the route of `method` and `path` declares, if it reads a query string. */
export function declaredQuery(method: string, path: string): z.ZodType | undefined {
  return declared(method, path)?.query;
}

type Keys = { edit: string; view: string; comment: string; follow: string };

/** What each kind of key may do on a route: the columns of docs/API.md's keys table. */
const KEYS = {
  public: { edit: 'public', view: 'public', comment: 'public', follow: 'public' },
  view: { edit: 'yes', view: 'yes', comment: 'yes', follow: 'no' },
  edit: { edit: 'yes', view: 'no', comment: 'no', follow: 'no' },
  follower: { edit: 'yes', view: 'yes', comment: 'yes', follow: 'own-session' },
  sync: { edit: 'yes', view: 'read', comment: 'read', follow: 'no' },
  'sync-follower': { edit: 'yes', view: 'read', comment: 'read', follow: 'own-session' },
  'sync-comments': { edit: 'yes', view: 'read', comment: 'yes', follow: 'no' },
} as const satisfies Record<Access, Keys>;

/** What each kind of key may do on a route of this access. */
export function keysOf(access: Access): Keys {
  return KEYS[access];
}

/** The JSON schema a route answers with a status, if it answers JSON. */
export function replySchema(route: ApiRoute, status: number): z.ZodType | undefined {
  const reply = route.replies.find((r) => r.status === status);
  return reply && 'schema' in reply ? reply.schema : undefined;
}
