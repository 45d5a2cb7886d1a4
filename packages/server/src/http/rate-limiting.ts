import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import type { RateLimits } from '../config.js';
import { ProblemError } from './problem.js';
import type { RouteRateLimit } from './route-rate-limits.js';

const minuteMs = 60_000;
const dayMs = 86_400_000;

/**
 * The limits of one route as one hook, before the body is read: the per-minute limit, then the
 * daily cap, which counts only what the first let through. (@fastify/rate-limit runs a single
 * limiter per request, so the two are its `createRateLimit` counters, checked here in turn.)
 * Each counts per client address, as Fastify resolves it through the configured proxies.
 */
export function rateLimitHook(app: FastifyInstance, limit: RouteRateLimit, limits: RateLimits): onRequestAsyncHookHandler {
  const perMinute = { max: limits[limit.perMinute], check: app.createRateLimit({ max: limits[limit.perMinute], timeWindow: minuteMs }) };
  const perDay = limit.perDay === undefined ? undefined : app.createRateLimit({ max: limits[limit.perDay], timeWindow: dayMs });
  return async (request, reply) => {
    const minute = await perMinute.check(request);
    const day = minute.isAllowed || minute.isExceeded ? undefined : await perDay?.(request);
    for (const window of [minute, day]) {
      if (window !== undefined && !window.isAllowed && window.isExceeded) {
        throw new ProblemError(429, 'rate-limited', `Try again in ${window.ttlInSeconds} s`, undefined, { 'retry-after': String(window.ttlInSeconds) });
      }
    }
    if (!minute.isAllowed) reply.header('x-ratelimit-limit', perMinute.max).header('x-ratelimit-remaining', minute.remaining);
  };
}
