import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Tables } from '../db/tables.js';

const dayMs = 86_400_000;

/**
 * Drops the salts of days before yesterday, and any salt two days old: at most two exist, and
 * none for longer than 48 hours. Yesterday's is kept for server processes whose clocks have not
 * yet passed midnight, so that they keep computing the same ids as the others.
 */
export async function dropOldSalts(db: Kysely<Tables>, today: string, now: Date): Promise<void> {
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - dayMs).toISOString().slice(0, 10);
  const expired = new Date(now.getTime() - 2 * dayMs).toISOString();
  await db
    .deleteFrom('visitor_salts')
    .where((eb) => eb.or([eb('day', '<', yesterday), eb('created_at', '<=', expired)]))
    .execute();
}

/** The salt of a day: made by the first server process that needs it, shared by all. */
async function saltOf(db: Kysely<Tables>, day: string, now: Date): Promise<Buffer> {
  await dropOldSalts(db, day, now);
  await db
    .insertInto('visitor_salts')
    .values({ day, salt: randomBytes(32).toString('base64'), created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column('day').doNothing())
    .execute();
  const row = await db.selectFrom('visitor_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return Buffer.from(row.salt, 'base64');
}

/**
 * Tells repeat views apart without storing who viewed (as Plausible and GoatCounter do): an HMAC
 * of agency, address and user agent under a random salt of the day, so yesterday's ids cannot be
 * linked to today's, nor recomputed from a log of addresses once the salt is gone. Neither the
 * address nor the user agent is ever written anywhere.
 */
export class DailyVisitorIds {
  #day = '';
  #salt: Promise<Buffer> | undefined;

  // Today's ids of recent visitors, so that a visitor's further views and heartbeats cost no hash;
  // dropped with the salt, and bounded.
  readonly #recent = new LRUCache<string, string>({ max: 50_000 });

  constructor(private readonly db: Kysely<Tables>) {}

  async idOf(day: string, now: Date, agency: string, ip: string, userAgent: string): Promise<string> {
    if (day !== this.#day || this.#salt === undefined) {
      this.#day = day;
      this.#recent.clear();
      const salt = saltOf(this.db, day, now);
      // A failed read is tried again by the next request instead of being kept.
      salt.catch(() => {
        if (this.#salt === salt) this.#salt = undefined;
      });
      this.#salt = salt;
    }
    const key = `${agency}\n${ip}\n${userAgent}`;
    let id = this.#recent.get(key);
    if (id === undefined) {
      id = createHmac('sha256', await this.#salt).update(key).digest('base64url').slice(0, 22);
      this.#recent.set(key, id);
    }
    return id;
  }
}
