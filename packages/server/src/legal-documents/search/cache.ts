import { LRUCache } from 'lru-cache';

/**
 * What one thread of the search keeps between requests, in a single LRU (lru-cache): entries of
 * several kinds, each kind a key space of its own, sharing the capacity. Entries hold for one state
 * of the index (the owner calls `clear` when it changes), and for `ttlMs` at most, so that
 * time-dependent parts of a result (a draft's comment window opening or closing) are never older.
 */
export class ThreadCache<Kinds extends Record<string, object>> {
  readonly #entries: LRUCache<string, object>;
  readonly #sizes: Partial<Record<keyof Kinds, number>>;

  /**
   * `capacity` in units of `sizes` (1 for a kind not named there): a whole page counts as the
   * summaries it shows, so that one kind cannot take the room of the others. `clock` is for tests:
   * lru-cache reads `performance` otherwise.
   */
  constructor(capacity: number, ttlMs: number, sizes: Partial<Record<keyof Kinds, number>> = {}, clock?: { now(): number }) {
    this.#sizes = sizes;
    this.#entries = new LRUCache<string, object>({ maxSize: capacity, sizeCalculation: () => 1, ttl: ttlMs, ttlResolution: 0, ...(clock ? { perf: clock } : {}) });
  }

  get<Kind extends keyof Kinds & string>(kind: Kind, key: string): Kinds[Kind] | undefined {
    return this.#entries.get(`${kind}:${key}`) as Kinds[Kind] | undefined;
  }

  set<Kind extends keyof Kinds & string>(kind: Kind, key: string, value: Kinds[Kind]): void {
    this.#entries.set(`${kind}:${key}`, value, { size: this.#sizes[kind] ?? 1 });
  }

  clear(): void {
    this.#entries.clear();
  }
}
