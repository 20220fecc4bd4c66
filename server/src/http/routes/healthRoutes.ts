import type { FastifyInstance } from 'fastify';
import { HealthSchema } from '@minga/schema';
import { replyAs } from '../replyAs.ts';

/** Liveness for load balancers and scripts, with the depth of the write queue (updates waiting for the disk). */
export function healthRoutes(app: FastifyInstance, writeQueue: () => Record<string, number>): void {
  app.get('/healthz', async () => replyAs(HealthSchema, { ok: true, writeQueue: writeQueue() }));
}
