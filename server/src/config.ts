import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_WRITE_LIMITS, type WriteLimits } from './sync/WriteLoad.ts';
import { PostgresSchemaName } from './storage/postgresSchema.ts';

/** One trusted proxy: an address or a CIDR range, IPv4 or IPv6. */
const ProxyAddressSchema = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

/**
 * `MINGA_TRUST_PROXY`: unset (or `false`) trusts no forwarded header; `true` trusts whatever
 * connects; else a comma-separated list of the proxies' addresses or ranges.
 */
const TrustProxySchema = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx): boolean | string[] => {
    if (value === undefined || value === '' || ['0', 'false', 'off', 'no'].includes(value)) return false;
    if (['1', 'true', 'on', 'yes'].includes(value)) return true;
    const list = value.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const bad = list.filter((part) => !ProxyAddressSchema.safeParse(part).success);
    if (bad.length > 0 || list.length === 0) {
      ctx.addIssue({ code: 'custom', message: `must be true, false, or a comma-separated list of proxy addresses or CIDR ranges (not ${bad.join(', ') || 'empty'})` });
      return z.NEVER;
    }
    return list;
  });

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default('0.0.0.0'),
  MINGA_DATA_DIR: z.string().min(1).default('./data'),
  /** Origin used in printed links when the server sits behind a proxy. */
  MINGA_PUBLIC_URL: z.url().optional(),
  /** Largest sync message accepted, in bytes. */
  MINGA_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** Largest REST body accepted, in bytes. */
  MINGA_BODY_LIMIT: z.coerce.number().int().min(1024).default(2 * 1024 * 1024),
  /** Largest uploaded image, in bytes. */
  MINGA_MAX_IMAGE_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  /** `postgres://…`: document updates go to this Postgres, shared by every node; unset, they stay in SQLite. */
  MINGA_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  /** The Postgres schema holding Minga's tables (created if missing). */
  MINGA_DATABASE_SCHEMA: PostgresSchemaName.default('public'),
  /** `redis://…`: live updates, presence and cluster events travel between nodes through this Redis (needs MINGA_DATABASE_URL). */
  MINGA_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { error: 'must be a redis:// URL' })
    .optional(),
  /** Prefix of every Redis channel Minga uses, so several Mingas (or test runs) can share one Redis. */
  MINGA_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, { error: 'letters, digits and : _ . - (at most 64)' })
    .default('minga:'),
  /** Which proxies' forwarded headers (X-Forwarded-For…) to believe; none by default. */
  MINGA_TRUST_PROXY: TrustProxySchema,
  /** Quiet time, in milliseconds, that ends a burst of editing and saves an automatic version. */
  MINGA_AUTO_VERSION_IDLE_MS: z.coerce.number().int().min(100).default(60_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `0` (or `false`, `off`, `no`) skips the demo workspace a first start creates in an empty data directory. */
  MINGA_DEMO: z
    .enum(['1', 'true', 'on', 'yes', '0', 'false', 'off', 'no'], { error: 'must be 1 or 0 (true/false, on/off, yes/no)' })
    .default('1')
    .transform((v) => ['1', 'true', 'on', 'yes'].includes(v)),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  publicUrl?: string;
  maxMessageBytes: number;
  bodyLimit: number;
  maxImageBytes: number;
  logLevel: string;
  /**
   * Fastify's `trustProxy`: false (the socket's address is the client's), true (believe any
   * X-Forwarded-For), or the proxies whose forwarded headers count (MINGA_TRUST_PROXY).
   */
  trustProxy: boolean | string[];
  /** Postgres for document updates (MINGA_DATABASE_URL); unset: SQLite in dataDir. */
  databaseUrl?: string;
  /** The Postgres schema of Minga's tables (MINGA_DATABASE_SCHEMA, `public` by default). */
  databaseSchema: string;
  /** Redis carrying live traffic between nodes (MINGA_REDIS_URL); unset: one node, nothing leaves the process. */
  redisUrl?: string;
  /** Prefix of Minga's Redis channels (MINGA_REDIS_PREFIX, `minga:` by default). */
  redisPrefix: string;
  /** Milliseconds a doc stays in memory after its last client leaves. */
  unloadGraceMs: number;
  /** Updates appended to a loaded doc before it is compacted into one snapshot. */
  compactEvery: number;
  /** Quiet time that ends a burst of activity and saves an automatic version (MINGA_AUTO_VERSION_IDLE_MS). */
  autoVersionIdleMs: number;
  /** The built web app (`vite build` output). */
  webDir?: string;
  /** Quiet time after a unit changes before the library index reads it again. */
  indexDebounceMs: number;
  /** A first start in an empty data directory creates the demo workspace (MINGA_DEMO, on by default). */
  demo: boolean;
  /** Quiet time after the last PDF export before the shared Chromium is closed. */
  pdfIdleMs: number;
  /** PDFs rendered at once in the shared Chromium; later exports queue. */
  pdfMaxPages: number;
  /** Back-pressure caps of the write path (see sync/WriteLoad.ts). */
  writeLimits: WriteLimits;
}

/** Reads the configuration from the environment; throws a readable error on a bad value. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  const e = parsed.data;
  if (e.MINGA_REDIS_URL && !e.MINGA_DATABASE_URL) {
    throw new Error(
      'MINGA_REDIS_URL is set without MINGA_DATABASE_URL: several nodes must share their documents in Postgres, so set MINGA_DATABASE_URL too (or unset MINGA_REDIS_URL for a single node).',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.MINGA_DATA_DIR),
    publicUrl: e.MINGA_PUBLIC_URL,
    maxMessageBytes: e.MINGA_MAX_MESSAGE_BYTES,
    bodyLimit: e.MINGA_BODY_LIMIT,
    maxImageBytes: e.MINGA_MAX_IMAGE_BYTES,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.MINGA_TRUST_PROXY,
    databaseUrl: e.MINGA_DATABASE_URL,
    databaseSchema: e.MINGA_DATABASE_SCHEMA,
    redisUrl: e.MINGA_REDIS_URL,
    redisPrefix: e.MINGA_REDIS_PREFIX,
    unloadGraceMs: 5_000,
    compactEvery: 500,
    autoVersionIdleMs: e.MINGA_AUTO_VERSION_IDLE_MS,
    indexDebounceMs: 1_000,
    demo: e.MINGA_DEMO,
    pdfIdleMs: 60_000,
    pdfMaxPages: 2,
    writeLimits: DEFAULT_WRITE_LIMITS,
  };
}
