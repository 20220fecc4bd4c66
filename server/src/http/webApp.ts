import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Where `vite build` puts the web app: found through the workspace package, so the TypeScript
 * source and the built server (`server/dist/`, one folder less deep) find the same folder.
 */
export const WEB_DIST_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('@minga/web/package.json')), 'dist');

/** Serves the built web app, with the SPA's index.html for every unknown page path. */
export async function installWebApp(app: FastifyInstance, distDir = WEB_DIST_DIR): Promise<void> {
  const hasBuild = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    // wildcard: files built after start are served too; a missing file falls through to the SPA below.
    await app.register(fastifyStatic, { root: distDir, wildcard: true, index: false, maxAge: 0 });
    // The root is a directory to the static plugin; it is the app's home page to people.
    app.get('/', (_request, reply) => reply.header('Cache-Control', 'no-cache').sendFile('index.html'));
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    const isApi = url.startsWith('/api/') || url === '/api' || url.startsWith('/sync/') || url.startsWith('/healthz');
    if (isApi || request.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: `No route for ${request.method} ${url.split('?')[0]}.` } });
    }
    if (!hasBuild) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'The web app is not built: run `npm run build`.' } });
    }
    if (/\/assets\//.test(url)) {
      return reply.status(404).send({ error: { code: 'not_found', message: 'No such file.' } });
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
