import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { RotateWhich } from '@minga/schema';
import type { Config } from './config.ts';
import type { DocStore } from './storage/DocStore.ts';
import type { Db } from './storage/openDatabase.ts';
import type { RoomManager } from './sync/RoomManager.ts';
import type { WorkspaceRepo } from './workspaces/WorkspaceRepo.ts';
import type { FileRepo } from './files/FileRepo.ts';
import type { VersionRepo } from './storage/VersionRepo.ts';
import type { DocRegistry } from './storage/DocRegistry.ts';
import type { UnitIndex } from './units/UnitIndex.ts';
import type { CatalogueRepo } from './units/CatalogueRepo.ts';
import type { SessionIndex } from './sessions/SessionIndex.ts';
import type { DeliveryRepo } from './history/DeliveryRepo.ts';
import type { RoomInputRepo } from './sessions/RoomInputRepo.ts';
import type { RoomInputArrivals } from './sessions/RoomInputArrivals.ts';
import type { PdfBrowser } from './export/PdfBrowser.ts';
import type { ClusterEvent } from './cluster/RedisCluster.ts';
import type { AutoVersions } from './sync/AutoVersions.ts';

/** What route modules need from the running server. */
export interface MingaContext {
  config: Config;
  log: Logger;
  /** The data directory's SQLite database; null on Postgres, where no minga.db is opened (nor created). */
  db: Db | null;
  store: DocStore;
  workspaces: WorkspaceRepo;
  rooms: RoomManager;
  files: FileRepo;
  versions: VersionRepo;
  registry: DocRegistry;
  unitIndex: UnitIndex;
  catalogue: CatalogueRepo;
  sessionIndex: SessionIndex;
  roomInput: RoomInputRepo;
  /** Presenters' long polls waiting for room input, woken by this node's messages and the other nodes'. */
  roomInputArrivals: RoomInputArrivals;
  deliveries: DeliveryRepo;
  /** The other nodes (MINGA_REDIS_URL), told what this one did; null on a single node. */
  cluster: { announce(event: ClusterEvent): void } | null;
  /** Automatic versions: who changed each loaded doc since its last one (REST edits are credited here). */
  autoVersions: AutoVersions;
  /** The shared headless Chromium of PDF exports. */
  pdf: PdfBrowser;
  /** The edit link of a workspace, on the origin the request came in on. */
  workspaceUrl(workspaceId: string, key: string, request?: FastifyRequest): string;
  /** The origin for links other people open (phones in the room, other laptops): see http/roomOrigin.ts. */
  roomOrigin(request: FastifyRequest): string;
  /** Rotates keys and cuts the sockets that used the old ones. */
  rotateKeys(workspaceId: string, which: RotateWhich, currentEditKey?: string): Promise<{ editKey?: string; viewKey?: string; commentKey?: string }>;
  /** Gives a session a new follow key and cuts the sockets that used the old one. */
  rotateFollowKey(workspaceId: string, sessionId: string, editKey?: string): Promise<string>;
}
