import type { VisitStats } from '@vn-portal/schema';
import type { Redis } from 'ioredis';
import { ProblemError } from '../http/problem.js';
import { timedCache } from './timed-cache.js';

/** Presence counts a visitor online for this long after the last sign of life. */
export const presenceWindowMs = 5 * 60_000;
/** How often one process writes the same visitor's presence to Redis again. */
const rewriteAfterMs = 15_000;

/** Who is online now: visitors (by anonymous id) and open tabs (by session), per agency. */
export interface Presence {
  /** Someone showed a sign of life; `replaces` is a presence of theirs that this one stands for. */
  touch(sign: { key: string; agency: string; member: boolean; replaces?: string }): Promise<void>;
  online(agency: string | undefined): Promise<VisitStats['online']>;
}

const counts = (guests: number, members: number): VisitStats['online'] => ({ guests, members, total: guests + members });

/** One process's presence, in its memory: what a single server needs. Signs older than the window drop out. */
export class MemoryPresence implements Presence {
  readonly #seen;

  constructor(now: () => number) {
    this.#seen = timedCache<{ agency: string; member: boolean }>(now, presenceWindowMs);
  }

  touch(sign: { key: string; agency: string; member: boolean; replaces?: string }): Promise<void> {
    if (sign.replaces !== undefined) this.#seen.delete(sign.replaces);
    this.#seen.set(sign.key, { agency: sign.agency, member: sign.member });
    return Promise.resolve();
  }

  online(agency: string | undefined): Promise<VisitStats['online']> {
    let guests = 0;
    let members = 0;
    // Entries past the window are skipped (and purged as they are met).
    for (const presence of this.#seen.values()) {
      if (agency !== undefined && presence.agency !== agency) continue;
      if (presence.member) members += 1;
      else guests += 1;
    }
    return Promise.resolve(counts(guests, members));
  }
}

/**
 * Presence shared by every process through Redis, so each one shows the same "online now". Sorted
 * sets per scope (the whole province, one agency) and kind (guests, members), scored by the time
 * of the last sign: a count drops the members older than the window first, and a set nobody
 * touches for a window expires with its keys.
 */
export class RedisPresence implements Presence {
  /** What this process wrote of each sign within `rewriteAfterMs`: a visitor's every page view need not reach Redis. */
  readonly #written;

  constructor(
    private readonly redis: Redis,
    private readonly now: () => number,
  ) {
    this.#written = timedCache<string>(now, rewriteAfterMs);
  }

  #sets(agency: string | undefined): { guests: string; members: string } {
    const scope = agency === undefined ? 'all' : `agency:${agency}`;
    return { guests: `presence:${scope}:guests`, members: `presence:${scope}:members` };
  }

  async touch(sign: { key: string; agency: string; member: boolean; replaces?: string }): Promise<void> {
    // A sign written less than `rewriteAfterMs` ago stays counted well within the window.
    const as = `${sign.agency} ${String(sign.member)}`;
    if (sign.replaces === undefined && this.#written.get(sign.key) === as) return;
    this.#written.set(sign.key, as);
    const at = this.now();
    const batch = this.redis.multi();
    for (const sets of [this.#sets(undefined), this.#sets(sign.agency)]) {
      const [into, other] = sign.member ? [sets.members, sets.guests] : [sets.guests, sets.members];
      const gone = sign.replaces === undefined ? [sign.key] : [sign.key, sign.replaces];
      batch.zrem(other, ...gone);
      if (sign.replaces !== undefined) batch.zrem(into, sign.replaces);
      batch.zadd(into, at, sign.key);
      batch.zremrangebyscore(into, '-inf', at - presenceWindowMs);
      batch.pexpire(into, presenceWindowMs);
    }
    await batch.exec();
  }

  async online(agency: string | undefined): Promise<VisitStats['online']> {
    const sets = this.#sets(agency);
    const since = this.now() - presenceWindowMs;
    const replies = await this.redis
      .multi()
      .zremrangebyscore(sets.guests, '-inf', since)
      .zremrangebyscore(sets.members, '-inf', since)
      .zcard(sets.guests)
      .zcard(sets.members)
      .exec()
      .catch(() => null);
    const count = (reply: [Error | null, unknown] | undefined) => {
      if (reply === undefined || reply[0] !== null) throw new ProblemError(503, 'unavailable', 'Who is online cannot be counted now');
      return Number(reply[1]);
    };
    return counts(count(replies?.[2]), count(replies?.[3]));
  }
}
