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

/** The part of a zod schema this client needs (keeps zod itself a dependency of @minga/schema only). */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { message: string } };
}

/** One JSON call to the Minga API, its answer checked by `schema`; failures throw ApiError. */
export async function request<T>(
  schema: Parser<T>,
  path: string,
  init: { method?: string; key?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR, String(error), 0);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBodySchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, ...details } = (payload as { error: Record<string, unknown> }).error;
      throw new ApiError(String(code), String(message), response.status, details);
    }
    // A proxy or a server that is not (yet) Minga's answered: treat it as unreachable.
    throw new ApiError(response.status >= 500 ? NETWORK_ERROR : 'bad_request', response.statusText, response.status);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError('bad_response', parsed.error.message, response.status);
  return parsed.data;
}

/** `POST /api/workspaces`: creates a workspace and returns its keys (shown only now). */
export function createWorkspace(name: string): Promise<WorkspaceWithKeys> {
  return request(WorkspaceWithKeysSchema, '/api/workspaces', { method: 'POST', body: { name } });
}

/** `GET /api/w/<id>`: the workspace's name and the role the key gives. */
export function getWorkspace(id: string, key: string, signal?: AbortSignal): Promise<WorkspaceInfo> {
  return request(WorkspaceInfoSchema, `/api/w/${encodeURIComponent(id)}`, { key, signal });
}

/** `POST /api/w/<id>/keys/rotate`: replaces both keys; the old ones stop working at once. */
export function rotateKeys(id: string, editKey: string): Promise<RotatedKeys> {
  return request(RotatedKeysSchema, `/api/w/${encodeURIComponent(id)}/keys/rotate`, {
    method: 'POST',
    key: editKey,
    body: { which: 'both' },
  });
}
