import { LRUCache } from 'lru-cache';

/** Bounds the memory each of the visit counter's caches may take under a flood. */
const maxTracked = 200_000;

/**
 * A cache of at most `max` entries, each forgotten `ttl` ms after it was written, by the server's
 * clock (`now`, which tests move) rather than the cache's own: a reload window or a presence
 * window is a span of the app's time.
 */
export function timedCache<V extends object | number | string | boolean>(now: () => number, ttl: number, max = maxTracked): LRUCache<string, V> {
  // `ttlResolution: 0` reads the clock at every check, since a test's clock jumps rather than ticks.
  return new LRUCache<string, V>({ max, ttl, ttlResolution: 0, perf: { now } });
}
