import type { FastifyInstance } from 'fastify';
import { JsonDocumentSchema } from '@minga/schema';
import serverPackage from '../../../package.json' with { type: 'json' };
import { API_ROUTES } from '../apiRoutes.ts';
import { openApiDocument } from '../openApi.ts';
import { replyAs } from '../replyAs.ts';

/** `GET /api/openapi.json` (no key): the API's OpenAPI 3.1 document, generated once from the route registry. */
export function openApiRoutes(app: FastifyInstance): void {
  let document: Record<string, unknown> | undefined;
  app.get('/api/openapi.json', async () => replyAs(JsonDocumentSchema, (document ??= openApiDocument(API_ROUTES, serverPackage.version))));
}
