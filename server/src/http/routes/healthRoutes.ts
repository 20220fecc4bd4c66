import type { FastifyInstance } from 'fastify';

/** Liveness for load balancers and scripts. */
export function healthRoutes(app: FastifyInstance): void {
  app.get('/healthz', async () => ({ ok: true }));
}
