import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RotatedKeysSchema, WorkspaceInfoSchema, WorkspaceLinksSchema, WorkspaceWithKeysSchema, WorkspaceIdSchema, type RotatedKeys, type WorkspaceWithKeys } from '@minga/schema';
import type { MingaContext } from '../../MingaContext.ts';
import { parseBody, parseWith } from '../validate.ts';
import { replyAs } from '../replyAs.ts';
import { bearerKey, requireRole } from '../requireRole.ts';

const WorkspaceParamsSchema = z.object({ workspaceId: WorkspaceIdSchema });

/** Workspaces: create, read, rotate keys. */
export function workspaceRoutes(app: FastifyInstance, ctx: MingaContext): void {
  app.post('/api/workspaces', async (request, reply) => {
    const { name } = parseBody(request, 'POST', '/api/workspaces');
    const { workspace, editKey, viewKey, commentKey } = await ctx.workspaces.create(name);
    request.log.info({ workspace: workspace.id }, 'workspace created');
    const body: WorkspaceWithKeys = {
      id: workspace.id,
      name: workspace.name,
      editKey,
      viewKey,
      commentKey,
      url: ctx.workspaceUrl(workspace.id, editKey, request),
    };
    return reply.status(201).send(replyAs(WorkspaceWithKeysSchema, body));
  });

  app.get('/api/w/:workspaceId', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    const { role, workspace } = await requireRole(ctx.workspaces, request, workspaceId, 'view');
    return replyAs(WorkspaceInfoSchema, { id: workspace.id, name: workspace.name, role, createdAt: workspace.createdAt });
  });

  app.get('/api/w/:workspaceId/links', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    await requireRole(ctx.workspaces, request, workspaceId, 'edit');
    const editKey = bearerKey(request)!;
    const viewKey = await ctx.workspaces.viewKeyFor(workspaceId, editKey);
    const commentKey = await ctx.workspaces.commentKeyFor(workspaceId, editKey);
    // Links to give to others: on the address their machines can reach, not this one's localhost.
    const origin = ctx.roomOrigin(request);
    const link = (key: string) => `${origin}/w/${workspaceId}?key=${encodeURIComponent(key)}`;
    return replyAs(WorkspaceLinksSchema, {
      editUrl: link(editKey),
      viewKey,
      viewUrl: viewKey ? link(viewKey) : null,
      commentKey,
      commentUrl: commentKey ? link(commentKey) : null,
      roomOrigin: origin,
    });
  });

  app.post('/api/w/:workspaceId/keys/rotate', async (request) => {
    const { workspaceId } = parseWith(WorkspaceParamsSchema, request.params, 'invalid_params');
    const { workspace } = await requireRole(ctx.workspaces, request, workspaceId, 'edit');
    const { which } = parseBody(request, 'POST', '/api/w/:workspaceId/keys/rotate');
    const keys = await ctx.rotateKeys(workspace.id, which, bearerKey(request));
    const body: RotatedKeys = { id: workspace.id, name: workspace.name, ...keys };
    if (keys.editKey) body.url = ctx.workspaceUrl(workspace.id, keys.editKey, request);
    return replyAs(RotatedKeysSchema, body);
  });
}
