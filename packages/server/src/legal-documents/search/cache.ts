import { LRUCache } from 'lru-cache';

/**
 * What one thread of the search keeps between requests: entries of several kinds, each kind an
 * lru-cache of its own capacity, all cleared together. Entries hold for one state of the index (the
 * owner calls `clear` when it changes), and for `ttlMs` at most, so that time-dependent parts of a
 * result (a draft's comment window opening or closing) are never older.
 *
 * A capacity per kind, not one shared: in a single LRU, whole pages evicted the summaries they share
 * with other pages, and every search not cached read its page's summaries from the database again
 * (the A/B bench measured 70 % more CPU per uncached search on SQLite).
 */
export class ThreadCache<Kinds extends Record<string, object>> {
  readonly #kinds: { [Kind in keyof Kinds]: LRUCache<string, Kinds[Kind]> };

  /** `clock` is for tests: lru-cache reads `performance` otherwise. */
  constructor(capacities: { [Kind in keyof NoInfer<Kinds>]: number }, ttlMs: number, clock?: { now(): number }) {
    const kinds = {} as { [Kind in keyof Kinds]: LRUCache<string, Kinds[Kind]> };
    for (const kind of Object.keys(capacities) as (keyof Kinds)[]) {
      kinds[kind] = new LRUCache<string, Kinds[typeof kind]>({ max: capacities[kind], ttl: ttlMs, ttlResolution: 0, ...(clock ? { perf: clock } : {}) });
    }
    this.#kinds = kinds;
  }

  get<Kind extends keyof Kinds & string>(kind: Kind, key: string): Kinds[Kind] | undefined {
    return this.#kinds[kind].get(key);
  }

  set<Kind extends keyof Kinds & string>(kind: Kind, key: string, value: Kinds[Kind]): void {
    this.#kinds[kind].set(key, value);
  }

  clear(): void {
    for (const entries of Object.values(this.#kinds) as LRUCache<string, object>[]) entries.clear();
  }
}
