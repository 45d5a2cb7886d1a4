import { createHmac, randomBytes } from 'node:crypto';

/**
 * Tells repeat views apart without storing who viewed: a hash of address and user agent under a
 * random salt that lives in memory only and is replaced every day, so yesterday's ids cannot be
 * linked to today's, nor recomputed from a log of addresses.
 */
export class DailyVisitorIds {
  #day = '';
  #salt = randomBytes(32);

  idOf(day: string, ip: string, userAgent: string): string {
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = randomBytes(32);
    }
    return createHmac('sha256', this.#salt).update(ip).update('\n').update(userAgent).digest('base64url').slice(0, 22);
  }
}
