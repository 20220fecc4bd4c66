import type { FastifyInstance } from 'fastify';

/** Liveness for load balancers and scripts, with the depth of the write queue (updates waiting for the disk). */
export function healthRoutes(app: FastifyInstance, writeQueue: () => Record<string, number>): void {
  app.get('/healthz', async () => ({ ok: true, writeQueue: writeQueue() }));
}
