import fs from 'node:fs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import type { Logger } from 'pino';
import { CLOSE_CODES, commentsDocId, presenceDocId } from '@minga/schema';
import type { Config } from './config.ts';
import type { MingaContext } from './MingaContext.ts';
import { openDatabase } from './storage/openDatabase.ts';
import { openDocStore } from './storage/openDocStore.ts';
import { RoomManager } from './sync/RoomManager.ts';
import { WriteLoad } from './sync/WriteLoad.ts';
import { openRepositories } from './storage/openRepositories.ts';
import { AutoVersions } from './sync/AutoVersions.ts';
import { migrateOnLoad, versionedKind } from './sync/docLayouts.ts';
import { compareRoutes } from './http/routes/compareRoutes.ts';
import { deliveryRoutes } from './http/routes/deliveryRoutes.ts';
import { versionRoutes } from './http/routes/versionRoutes.ts';
import { unitRoutes } from './http/routes/unitRoutes.ts';
import { IndexFollower } from './units/IndexFollower.ts';
import { forkRoutes } from './http/routes/forkRoutes.ts';
import { catalogueRoutes } from './http/routes/catalogueRoutes.ts';
import { unitExportRoutes } from './http/routes/unitExportRoutes.ts';
import { sessionRoutes } from './http/routes/sessionRoutes.ts';
import { roomInputRoutes } from './http/routes/roomInputRoutes.ts';
import { followKeyRoutes } from './http/routes/followKeyRoutes.ts';
import { sessionExportRoutes } from './http/routes/sessionExportRoutes.ts';
import { commentRoutes } from './http/routes/commentRoutes.ts';
import { importRoutes } from './http/routes/importRoutes.ts';
import { fileRoutes } from './http/routes/fileRoutes.ts';
import { installErrorHandler } from './http/errorHandler.ts';
import { installSecurityHeaders } from './http/securityHeaders.ts';
import { lanAddress, roomOrigin } from './http/roomOrigin.ts';
import { installWebApp } from './http/webApp.ts';
import { healthRoutes } from './http/routes/healthRoutes.ts';
import { openApiRoutes } from './http/routes/openApiRoutes.ts';
import { workspaceRoutes } from './http/routes/workspaceRoutes.ts';
import { syncRoutes } from './http/routes/syncRoutes.ts';
import { redactKey } from './logger.ts';
import { watchKeyRotations } from './workspaces/watchKeyRotations.ts';
import { PdfBrowser } from './export/PdfBrowser.ts';
import { PostgresDocStore } from './storage/PostgresDocStore.ts';
import { PostgresVersionRepo } from './storage/VersionRepo.ts';
import { RoomInputArrivals, roomInputKey } from './sessions/RoomInputArrivals.ts';
import { RedisCluster, type ClusterEvent } from './cluster/RedisCluster.ts';

export interface MingaServer {
  app: FastifyInstance;
  ctx: MingaContext;
  /** Every route registered, `HEAD` left out: docs/API.md's keys table is checked against it. */
  routes: { method: string; url: string }[];
  /** Starts listening; resolves with the origin actually bound (port 0 picks a free one). */
  listen(): Promise<{ origin: string; port: number }>;
  /** Stops accepting, compacts and flushes every doc, closes the PDF browser and the database. */
  close(): Promise<void>;
}

/** Builds one Minga server: web app, REST API and sync endpoint over one data directory. */
export async function createMinga(config: Config, log: Logger): Promise<MingaServer> {
  // On Postgres, nothing durable lives in the data directory: no minga.db is opened (nor created).
  const db = config.databaseUrl ? null : openDatabase(config.dataDir);
  // The directory still holds the pid file and the default workspace's link.
  fs.mkdirSync(config.dataDir, { recursive: true });
  // On SQLite, versions and indexes are written by the store's writer thread; on Postgres, everything is there.
  const { store, writer, commitStats } = await openDocStore(db, config, log);
  const repos = await openRepositories(db, config, writer ?? undefined);
  const { workspaces, versions, registry, unitIndex, sessionIndex } = repos;
  // Several nodes (MINGA_REDIS_URL, which config only accepts with Postgres): wired only then.
  const cluster =
    config.redisUrl && store instanceof PostgresDocStore
      ? new RedisCluster({ url: config.redisUrl, prefix: config.redisPrefix, store, log, onEvent: (event) => void onClusterEvent(event) })
      : null;
  const autoVersions = new AutoVersions(
    // With several nodes, each sees a burst end: one takes its version, the others add their editors to it.
    cluster && versions instanceof PostgresVersionRepo
      ? (ref, author, snapshot) => versions.saveAutoOnce(ref, author, snapshot, config.autoVersionIdleMs)
      : (ref, author, snapshot) => versions.save(ref, 'auto', '', author, snapshot),
    { idleMs: config.autoVersionIdleMs },
    (error) => log.error({ err: error }, 'automatic version failed'),
  );
  const indexFollower = new IndexFollower(registry, unitIndex, sessionIndex, log, config.indexDebounceMs);
  const rooms = new RoomManager(store, log, {
    unloadGraceMs: config.unloadGraceMs,
    compactEvery: config.compactEvery,
    afterLoad: async (room) => {
      room.layoutKind = versionedKind(room.ref, (await registry.get(room.ref))?.kind);
      // Followed before the migration: a doc migrated on load gets an automatic version, as any change.
      autoVersions.follow(room);
      migrateOnLoad(room, room.layoutKind, log);
      indexFollower.follow(room);
    },
    beforeUnload: (room) => {
      indexFollower.flush(room);
      autoVersions.save(room).catch((error: Error) => log.error({ err: error }, 'automatic version failed'));
    },
    writeLoad: new WriteLoad(config.writeLimits, log),
    cluster: cluster ?? undefined,
  });
  cluster?.start();
  const pdf = new PdfBrowser({ idleMs: config.pdfIdleMs, maxPages: config.pdfMaxPages, log });
  const roomInputArrivals = new RoomInputArrivals();
  let boundOrigin = `http://localhost:${config.port}`;

  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    // Forwarded headers only from the proxies the operator names: else a client could pick its address.
    trustProxy: config.trustProxy,
  });

  const ctx: MingaContext = {
    config,
    log,
    db,
    store,
    workspaces,
    rooms,
    files: repos.files,
    versions,
    registry,
    unitIndex,
    sessionIndex,
    roomInput: repos.roomInput,
    roomInputArrivals,
    deliveries: repos.deliveries,
    catalogue: repos.catalogue,
    cluster,
    autoVersions,
    pdf,
    workspaceUrl(workspaceId: string, key: string, request?: FastifyRequest) {
      const origin = config.publicUrl ?? (request ? `${request.protocol}://${request.host}` : boundOrigin);
      return `${origin.replace(/\/$/, '')}/w/${workspaceId}?key=${encodeURIComponent(key)}`;
    },
    roomOrigin(request: FastifyRequest) {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      return roomOrigin({ publicUrl: config.publicUrl, host: config.host, port, requestOrigin: `${request.protocol}://${request.host}`, lan: lanAddress() });
    },
    async rotateKeys(workspaceId, which, currentEditKey) {
      const keys = await workspaces.rotate(workspaceId, which, currentEditKey);
      void revalidateSockets(workspaceId);
      cluster?.announce({ type: 'keys', workspaceId });
      return keys;
    },
    async rotateFollowKey(workspaceId, sessionId, editKey) {
      const key = await workspaces.followKeys.rotate(workspaceId, sessionId, editKey);
      void revalidateSockets(workspaceId);
      cluster?.announce({ type: 'keys', workspaceId });
      return key;
    },
  };

  /** Cuts the sockets whose key no longer opens the workspace; never rejects (a failure is logged). */
  async function revalidateSockets(workspaceId: string): Promise<number> {
    try {
      const opens = await workspaces.keyTest(workspaceId);
      return await rooms.closeConnections(workspaceId, (conn) => !opens(conn.key), CLOSE_CODES.wrongKey, 'key rotated');
    } catch (error) {
      log.error({ err: error, workspace: workspaceId }, 'could not check the sockets of rotated keys');
      return 0;
    }
  }

  /** What another node did: cut the sockets it cut. */
  async function onClusterEvent(event: ClusterEvent): Promise<void> {
    if (event.type === 'keys') {
      await revalidateSockets(event.workspaceId);
      return;
    }
    if (event.type === 'roomInput') {
      roomInputArrivals.notify(roomInputKey(event));
      return;
    }
    const ref = { workspaceId: event.workspaceId, docId: event.docId };
    await rooms.closeDocConnections(ref, CLOSE_CODES.docDeleted, 'moved to the bin');
    await rooms.closeDocConnections({ ...ref, docId: commentsDocId(ref.docId) }, CLOSE_CODES.docDeleted, 'moved to the bin');
    await rooms.closeDocConnections({ ...ref, docId: presenceDocId(ref.docId) }, CLOSE_CODES.docDeleted, 'moved to the bin');
  }

  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  // JSON only: anything else is refused with 415 rather than half-parsed.
  app.removeContentTypeParser('text/plain');
  installSecurityHeaders(app);
  installErrorHandler(app);
  app.addHook('onResponse', async (request, reply) => {
    const level = reply.statusCode >= 500 ? 'error' : 'debug';
    log[level]({ method: request.method, url: redactKey(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  await app.register(fastifyWebsocket, {
    // ws itself drops anything far past the limit; between the two, Minga closes with 4413.
    options: { maxPayload: config.maxMessageBytes * 4 },
  });
  healthRoutes(app, () => ({
    ...rooms.writeLoad.depth(),
    storeJobs: store.writeDepth,
    // Their ratio is how many writes share one fsync.
    ...commitStats(),
  }));
  openApiRoutes(app);
  workspaceRoutes(app, ctx);
  syncRoutes(app, ctx);
  fileRoutes(app, ctx);
  versionRoutes(app, ctx);
  compareRoutes(app, ctx);
  deliveryRoutes(app, ctx);
  unitRoutes(app, ctx);
  forkRoutes(app, ctx);
  catalogueRoutes(app, ctx);
  unitExportRoutes(app, ctx);
  sessionRoutes(app, ctx);
  roomInputRoutes(app, ctx);
  followKeyRoutes(app, ctx);
  sessionExportRoutes(app, ctx);
  importRoutes(app, ctx);
  commentRoutes(app, ctx);
  await installWebApp(app, config.webDir);

  // Keys rotated by another process (the CLI) cut this server's sockets too.
  const stopWatching = watchKeyRotations(
    workspaces,
    (id) => void revalidateSockets(id),
    1000,
    (error) => log.warn({ err: error }, 'could not check for key rotations'),
  );

  return {
    app,
    ctx,
    routes,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      boundOrigin = config.publicUrl ?? `http://localhost:${port}`;
      return { origin: boundOrigin, port };
    },
    async close() {
      stopWatching();
      autoVersions.stop();
      await rooms.closeAll();
      await cluster?.close();
      await app.close();
      await pdf.close();
      await store.close();
      await repos.close();
      db?.close();
    },
  };
}
