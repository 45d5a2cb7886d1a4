import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/**
 * The connection to the Redis every process of a cluster shares. Commands fail fast while Redis is
 * away instead of queueing for a minute: a rate limit or a presence count is not worth holding a
 * request for, and ioredis keeps reconnecting in the background.
 */
export function connectRedis(url: string, keyPrefix: string, log: FastifyBaseLogger): Redis {
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, connectTimeout: 2000, enableOfflineQueue: true });
  let reported = false;
  redis.on('error', (error: Error) => {
    // One line per outage, not one per reconnection attempt.
    if (reported) return;
    reported = true;
    log.error({ err: error }, 'Redis does not answer; retrying in the background');
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}
