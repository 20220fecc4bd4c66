import {
  ErrorBodySchema,
  RotatedKeysSchema,
  WorkspaceInfoSchema,
  WorkspaceWithKeysSchema,
  type RotatedKeys,
  type WorkspaceInfo,
  type WorkspaceWithKeys,
} from '@minga/schema';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';

/** The part of a zod schema this client needs: the reply schemas of packages/schema all have it. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface SendOptions {
  /** Sent as `Authorization: Bearer <key>`, never in the URL the server logs. */
  key?: string;
  /** JSON, or raw bytes (a Blob goes as it is, with its own type). */
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
  /** The code of a refusal that is not Minga's (no error body): `export_failed` for a file. */
  otherRefusal?: 'bad_request' | 'export_failed';
}

/**
 * One call to the Minga API, answered with a success status, or an ApiError: the server's code
 * (`{ error: { code, message } }`, its other fields as `details`), or `network` when nothing
 * (or something that is not Minga) answered.
 */
export async function send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  const raw = options.body instanceof Blob;
  if (options.body !== undefined) headers['Content-Type'] = raw ? (options.body as Blob).type || 'application/octet-stream' : 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : raw ? (options.body as Blob) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR, String(error), 0);
  }
  if (response.ok) return response;

  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, ...details } = (payload as { error: Record<string, unknown> }).error;
    throw new ApiError(String(code), String(message), response.status, details);
  }
  // A proxy or a server that is not (yet) Minga's answered: treat it as unreachable.
  throw new ApiError(response.status >= 500 ? NETWORK_ERROR : (options.otherRefusal ?? 'bad_request'), response.statusText, response.status);
}

/**
 * One JSON call to the Minga API, its reply parsed with `schema` (packages/schema, the same the
 * server types its replies with): an answer that does not read is ApiError `bad_response`.
 */
export async function request<T>(method: Method, path: string, options: Omit<SendOptions, 'accept' | 'otherRefusal'> & { schema: Parser<T> }): Promise<T> {
  const response = await send(method, path, options);
  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = options.schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('bad_response', parsed.error.message, response.status);
  return parsed.data;
}

/** `POST /api/workspaces`: creates a workspace and returns its keys (shown only now). */
export function createWorkspace(name: string): Promise<WorkspaceWithKeys> {
  return request('POST', '/api/workspaces', { body: { name }, schema: WorkspaceWithKeysSchema });
}

/** `GET /api/w/<id>`: the workspace's name and the role the key gives. */
export function getWorkspace(id: string, key: string, signal?: AbortSignal): Promise<WorkspaceInfo> {
  return request('GET', `/api/w/${encodeURIComponent(id)}`, { key, signal, schema: WorkspaceInfoSchema });
}

/** `POST /api/w/<id>/keys/rotate`: replaces the edit and view keys, or the comment key alone; the old ones stop working at once. */
export function rotateKeys(id: string, editKey: string, which: 'both' | 'comment' = 'both'): Promise<RotatedKeys> {
  return request('POST', `/api/w/${encodeURIComponent(id)}/keys/rotate`, { key: editKey, body: { which }, schema: RotatedKeysSchema });
}
