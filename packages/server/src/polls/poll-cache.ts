import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { findPoll, type StoredPoll } from './poll-repository.js';

/** How long another server process's edit of a poll may take to be seen here. */
const maxAgeMs = 5000;
const maxEntries = 1000;

/**
 * Polls as votes and widgets read them, kept briefly in memory: a burst of votes on one poll then
 * costs no read of the poll each, and reaches the ballot box together. Edits made through this
 * process are seen at once.
 */
export class PollCache {
  readonly #entries = new Map<string, { poll: StoredPoll | undefined; at: number }>();

  constructor(private readonly db: Kysely<Tables>) {}

  async get(id: string): Promise<StoredPoll | undefined> {
    const now = Date.now();
    const cached = this.#entries.get(id);
    if (cached !== undefined && now - cached.at < maxAgeMs) return cached.poll;
    const poll = await findPoll(this.db, id);
    if (this.#entries.size >= maxEntries) this.#entries.clear();
    this.#entries.set(id, { poll, at: now });
    return poll;
  }

  forget(id: string): void {
    this.#entries.delete(id);
  }
}
