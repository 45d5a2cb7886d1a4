/**
 * A small LRU of computed results. Entries carry the index generation they were computed at and an
 * expiry, so a write anywhere in the register makes every older entry a miss, and time-dependent
 * parts of a result (a draft's comment window opening or closing) are never older than `ttlMs`.
 */
export class ResultCache<T> {
  readonly #entries = new Map<string, { value: T; generation: number; expires: number }>();

  constructor(
    private readonly capacity: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, generation: number, now = Date.now()): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.generation !== generation || entry.expires <= now) return undefined;
    // Re-inserted so that Map order is least recently used first.
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: number, value: T, now = Date.now()): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, generation, expires: now + this.ttlMs });
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done === true) break;
      this.#entries.delete(oldest.value);
    }
  }
}
