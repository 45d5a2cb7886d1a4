import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Tables } from '../db/tables.js';
import { findPoll, type StoredPoll } from './poll-repository.js';

/**
 * Polls as votes and widgets read them, kept briefly in memory: a burst of votes on one poll then
 * costs no read of the poll each, and reaches the ballot box together. Edits made through this
 * process are seen at once; another process's within `ttl`.
 */
export class PollCache {
  // Wrapped, because a poll that does not exist is worth remembering too and the cache holds no `undefined`.
  readonly #entries = new LRUCache<string, { poll: StoredPoll | undefined }>({ max: 1000, ttl: 5000 });

  constructor(private readonly db: Kysely<Tables>) {}

  async get(id: string): Promise<StoredPoll | undefined> {
    const cached = this.#entries.get(id);
    if (cached !== undefined) return cached.poll;
    const poll = await findPoll(this.db, id);
    this.#entries.set(id, { poll });
    return poll;
  }

  forget(id: string): void {
    this.#entries.delete(id);
  }
}
