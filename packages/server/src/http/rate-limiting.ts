import { normalizeIP } from '@fastify/rate-limit';
import type { Endpoint, OperationId } from '@vn-portal/schema';
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { RateLimits } from '../config.js';
import { ProblemError } from './problem.js';

const minuteMs = 60_000;
const dayMs = 86_400_000;

/**
 * The limits of one route as one hook, before the body is read: the per-minute limit, then the
 * daily cap, which counts only what the first let through. (@fastify/rate-limit runs a single
 * limiter per request, so the two are its `createRateLimit` counters, checked here in turn.)
 * Each counts per client address, as Fastify resolves it through the configured proxies, under a
 * key naming the operation and the window: in memory each counter has a store of its own, but in
 * Redis the plugin would give every `createRateLimit` counter the same key.
 */
export function rateLimitHook(app: FastifyInstance, operation: OperationId, limit: NonNullable<Endpoint['rateLimit']>, limits: RateLimits): onRequestAsyncHookHandler {
  const keyOf = (window: string) => (request: FastifyRequest) => `${operation}:${window}:${normalizeIP(request.ip)}`;
  const perMinute = { max: limits[limit.perMinute], check: app.createRateLimit({ max: limits[limit.perMinute], timeWindow: minuteMs, keyGenerator: keyOf('minute') }) };
  const perDay = limit.perDay === undefined ? undefined : app.createRateLimit({ max: limits[limit.perDay], timeWindow: dayMs, keyGenerator: keyOf('day') });
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
