import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { Tables } from './db/tables.js';
import type { OriginPolicy } from './http/origin-policy.js';
import type { Secrets } from './security/secrets.js';

/** What every handler can use. `db` is a transaction inside idempotent operations. */
export interface AppContext {
  db: Kysely<Tables>;
  database: Database;
  config: ServerConfig;
  secrets: Secrets;
  origins: OriginPolicy;
  /** The Redis shared by the processes of a cluster, when `REDIS_URL` is set. */
  redis: Redis | undefined;
  log: FastifyBaseLogger;
  /** The current time; tests move it to open and close polls or pass due dates. */
  now: () => Date;
}
