import type { FastifyRequest } from 'fastify';
import type { Role } from '@minga/schema';
import type { Workspace, WorkspaceRepo } from '../workspaces/WorkspaceRepo.ts';
import { ApiError } from './ApiError.ts';

/** The bearer key of a request, if any. */
export function bearerKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Checks the request's key against the workspace. `need: 'edit'` refuses a view or comment key
 * (a comment key writes only comment threads, over sync); a follow key is refused here (see
 * requireFollower). Throws 401 (no key), 403 (wrong key, view or comment key on a write, follow
 * key) or 404 (no such workspace).
 */
export async function requireRole(
  workspaces: WorkspaceRepo,
  request: FastifyRequest,
  workspaceId: string,
  need: Role,
): Promise<{ role: Role; workspace: Workspace }> {
  const check = await checkKey(workspaces, request, workspaceId);
  if (check.role === 'follow') throw followOnly();
  if (need === 'edit' && check.role !== 'edit') {
    throw new ApiError('read_only', check.role === 'comment'
      ? 'The comment key can read this workspace and comment, but not change it.'
      : 'The view key can read this workspace but not change it.');
  }
  return { role: check.role, workspace: check.workspace };
}

async function checkKey(workspaces: WorkspaceRepo, request: FastifyRequest, workspaceId: string) {
  const check = await workspaces.check(workspaceId, bearerKey(request));
  if (!check.ok) {
    if (check.reason === 'missing_key') throw new ApiError('missing_key', 'This needs the workspace key: Authorization: Bearer <key>.');
    if (check.reason === 'wrong_key') throw new ApiError('wrong_key', 'This key does not open this workspace.');
    throw new ApiError('workspace_not_found', 'No workspace has this id.');
  }
  return check;
}

const followOnly = () => new ApiError('forbidden', 'A follow link opens its session’s deck and nothing else.');

/**
 * For what the room needs while following one session (its deck, room input): a view or edit
 * key, or that session's follow key. Any other session's follow key gets 403 `forbidden`.
 */
export async function requireFollower(
  workspaces: WorkspaceRepo,
  request: FastifyRequest,
  workspaceId: string,
  sessionId: string,
): Promise<{ role: Role | 'follow'; workspace: Workspace }> {
  const check = await checkKey(workspaces, request, workspaceId);
  if (check.role === 'follow' && check.sessionId !== sessionId) throw followOnly();
  return { role: check.role, workspace: check.workspace };
}
