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
 * Checks the request's key against the workspace. `need: 'edit'` refuses a view key.
 * Throws 401 (no key), 403 (wrong key, or view key on a write) or 404 (no such workspace).
 */
export function requireRole(
  workspaces: WorkspaceRepo,
  request: FastifyRequest,
  workspaceId: string,
  need: Role,
): { role: Role; workspace: Workspace } {
  const check = workspaces.check(workspaceId, bearerKey(request));
  if (!check.ok) {
    if (check.reason === 'missing_key') throw new ApiError('missing_key', 'This needs the workspace key: Authorization: Bearer <key>.');
    if (check.reason === 'wrong_key') throw new ApiError('wrong_key', 'This key does not open this workspace.');
    throw new ApiError('workspace_not_found', 'No workspace has this id.');
  }
  if (need === 'edit' && check.role !== 'edit') {
    throw new ApiError('read_only', 'The view key can read this workspace but not change it.');
  }
  return { role: check.role, workspace: check.workspace };
}
