import { createHmac, randomBytes } from 'node:crypto';

/**
 * Tells repeat views apart without storing who viewed: a hash of address and user agent under a
 * random salt that lives in memory only and is replaced every day, so yesterday's ids cannot be
 * linked to today's, nor recomputed from a log of addresses.
 */
export class DailyVisitorIds {
  #day = '';
  #salt = randomBytes(32);

  // Today's ids of recent visitors, so that a visitor's further views and heartbeats cost no hash;
  // dropped with the salt, and bounded.
  #recent = new Map<string, string>();

  constructor(private readonly remembered = 50_000) {}

  idOf(day: string, ip: string, userAgent: string): string {
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = randomBytes(32);
      this.#recent = new Map();
    }
    const key = `${ip}\n${userAgent}`;
    let id = this.#recent.get(key);
    if (id === undefined) {
      id = createHmac('sha256', this.#salt).update(key).digest('base64url').slice(0, 22);
      if (this.#recent.size >= this.remembered) this.#recent.clear();
      this.#recent.set(key, id);
    }
    return id;
  }
}
