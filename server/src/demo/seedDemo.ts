import { SessionSchema, UnitSchema } from '@minga/schema';
import type { MingaContext } from '../MingaContext.ts';
import { createUnit } from '../http/routes/unitRoutes.ts';
import { createSession } from '../sessions/sessionDocs.ts';
import { writeDefaultWorkspace, type SavedWorkspace } from '../cli/defaultWorkspace.ts';
import { DEMO_UNITS } from './demoUnits.ts';
import { DEMO_SESSION } from './demoSession.ts';

/** The demo workspace's name: its content is French, whatever the CLI's language. */
export const DEMO_WORKSPACE_NAME = 'Démo Minga — Les communs pour les décideurs';

export interface SeededDemo {
  workspaceId: string;
  editKey: string;
  viewKey: string;
  sessionId: string;
}

/**
 * Creates the demo workspace with its units and the one-hour session, through the same service
 * functions as the REST API, so everything is indexed, searchable and presentable at once.
 */
export async function seedDemoWorkspace(ctx: MingaContext): Promise<SeededDemo> {
  // Parsed first, as the routes do: a broken demo fails here, before any workspace exists.
  const units = DEMO_UNITS.map((unit) => UnitSchema.parse(unit));
  const session = SessionSchema.parse(DEMO_SESSION);
  const { workspace, editKey, viewKey } = await ctx.workspaces.create(DEMO_WORKSPACE_NAME);
  // Lists show the latest first: created last to first, the units read in the session's order.
  for (const unit of [...units].reverse()) await createUnit(ctx, workspace.id, unit);
  const saved = await createSession(ctx, workspace.id, session);
  return { workspaceId: workspace.id, editKey, viewKey, sessionId: saved.id };
}

/**
 * On the very first start (no workspace in the data directory yet), seeds the demo and saves it
 * as the default workspace whose link `minga serve` prints. Does nothing, and returns null, once
 * any workspace exists: the demo never comes back after being deleted or on a later start.
 */
export async function seedDemoOnFirstStart(dataDir: string, ctx: MingaContext): Promise<SavedWorkspace | null> {
  if ((await ctx.workspaces.list()).length > 0) return null;
  const demo = await seedDemoWorkspace(ctx);
  const saved: SavedWorkspace = { id: demo.workspaceId, name: DEMO_WORKSPACE_NAME, editKey: demo.editKey, viewKey: demo.viewKey };
  writeDefaultWorkspace(dataDir, saved);
  ctx.log.info({ workspace: demo.workspaceId, session: demo.sessionId, units: DEMO_UNITS.length }, 'demo workspace created');
  return saved;
}
