import { resolve } from 'node:path';
import type { RateLimitClass } from '@vn-portal/schema';
import { vietnamUtcOffsetMinutes } from './calendar/local-day.js';

/**
 * Requests allowed per client address on the routes browsers call: per minute, and for questions
 * and comments also per day.
 */
/** Requests per client address each class of the contract's routes allows, and unknown paths (`notFound`). */
export interface RateLimits extends Record<RateLimitClass, number> {
  notFound: number;
}

export interface ServerConfig {
  port: number;
  /** `::` listens on IPv6 and, on dual-stack systems, IPv4 too (Đắk Lắk Điều 16.8 asks for IPv6). */
  host: string;
  dataDir: string;
  /** PostgreSQL connection string; the embedded SQLite file under `dataDir` is used without one. */
  databaseUrl: string | undefined;
  /**
   * Redis, shared by every process of a cluster for rate limits and "online now"; without it each
   * process keeps them in its own memory, which is right for one process.
   */
  redisUrl: string | undefined;
  /** Prefix of every Redis key this server writes, so several portals can share one Redis. */
  redisKeyPrefix: string;
  /** 32-byte key (base64 or hex) for personal data at rest; a key file under `dataDir` is made without one. */
  encryptionKey: string | undefined;
  /**
   * Origins of the server's own public pages (`https://cong.example.gov.vn`), whose writes need no
   * allowlist entry; none by default, besides the loopback address of the port a request reaches.
   */
  publicOrigins: string[];
  /** Proxy addresses or CIDR ranges whose X-Forwarded-For is believed; none by default. */
  trustProxy: string[] | boolean;
  logLevel: string;
  /** Visit hits and heartbeats are buffered in memory and written at this interval. */
  visitFlushIntervalMs: number;
  /** Hours between scheduled backups (weekly by default, as the regulations require); 0 disables. */
  backupIntervalHours: number;
  /** How many scheduled backups are kept. */
  backupRetention: number;
  /** A second place every backup is copied to (another disk, a mounted share); none by default. */
  backupCopyDir: string | undefined;
  /**
   * Leading zero bits of the proof of work asked for a question or a comment: 2^bits hashes on
   * average (see `bot-check/`, where the cost to visitors is measured); 0 turns the check off.
   */
  proofOfWorkBits: number;
  /** Days after a question is closed (or a comment moderated) before its personal data is erased. */
  personalDataRetentionDays: number;
  /** The UTC offset "today" and "this month" are counted in (Vietnam: +7, no daylight saving). */
  utcOffsetMinutes: number;
  /** Maximum request body, in bytes. */
  bodyLimit: number;
  /** Seconds a stop waits for the requests under way before it closes the connections still open. */
  shutdownGraceSeconds: number;
  rateLimits: RateLimits | false;
}

export const defaultRateLimits: RateLimits = {
  // A person asks a few questions, not dozens; the daily caps still let an office behind one
  // address send its questions.
  questions: 5,
  questionsPerDay: 50,
  statusLookups: 60,
  // Per address, not per voter: a whole office shares one address, so these stay generous.
  votes: 600,
  comments: 10,
  commentsPerDay: 100,
  challenges: 30,
  visits: 6000,
  notFound: 120,
};

/** Measured in `@vn-portal/sdk`'s `proof-of-work.test.ts`: about 0.35 s on a slow phone on average. */
export const defaultProofOfWorkBits = 16;

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function bounded(value: number, max: number, name: string): number {
  if (value > max) throw new Error(`${name} must be at most ${max}, got ${value}`);
  return value;
}

function publicOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  return entries.map((entry) => {
    const url = URL.canParse(entry) ? new URL(entry) : undefined;
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error(`PUBLIC_ORIGINS must list http(s) origins, got "${entry}"`);
    return url.origin;
  });
}

function trustProxy(value: string | undefined): ServerConfig['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return value.split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
}

/** Reads the configuration from environment variables (documented in the server's README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: integer(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '::',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    redisUrl: env.REDIS_URL === '' ? undefined : env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? 'vn-portal:',
    encryptionKey: env.ENCRYPTION_KEY === '' ? undefined : env.ENCRYPTION_KEY,
    publicOrigins: publicOrigins(env.PUBLIC_ORIGINS),
    trustProxy: trustProxy(env.TRUSTED_PROXIES),
    logLevel: env.LOG_LEVEL ?? 'info',
    visitFlushIntervalMs: integer(env.VISIT_FLUSH_INTERVAL_MS, 2000, 'VISIT_FLUSH_INTERVAL_MS'),
    backupIntervalHours: integer(env.BACKUP_INTERVAL_HOURS, 24 * 7, 'BACKUP_INTERVAL_HOURS'),
    backupRetention: integer(env.BACKUP_RETENTION, 8, 'BACKUP_RETENTION'),
    backupCopyDir: env.BACKUP_COPY_DIR === undefined || env.BACKUP_COPY_DIR === '' ? undefined : resolve(env.BACKUP_COPY_DIR),
    proofOfWorkBits: bounded(integer(env.PROOF_OF_WORK_BITS, defaultProofOfWorkBits, 'PROOF_OF_WORK_BITS'), 24, 'PROOF_OF_WORK_BITS'),
    personalDataRetentionDays: integer(env.PERSONAL_DATA_RETENTION_DAYS, 365, 'PERSONAL_DATA_RETENTION_DAYS'),
    utcOffsetMinutes: integer(env.UTC_OFFSET_MINUTES, vietnamUtcOffsetMinutes, 'UTC_OFFSET_MINUTES'),
    bodyLimit: integer(env.BODY_LIMIT_BYTES, 256 * 1024, 'BODY_LIMIT_BYTES'),
    shutdownGraceSeconds: integer(env.SHUTDOWN_GRACE_SECONDS, 10, 'SHUTDOWN_GRACE_SECONDS'),
    rateLimits: env.RATE_LIMITS === 'off' ? false : defaultRateLimits,
  };
}
