import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { ProblemError } from '../http/problem.js';

interface Limit {
  /** Failures within the window that lock. */
  failures: number;
  windowMs: number;
  lockMs: number;
}

const minutes = (count: number) => count * 60_000;

/**
 * One account is locked after 5 failures in 15 minutes, one address after 20 (an office behind one
 * address shares it): each for 15 minutes, long enough to make guessing hopeless (a few hundred
 * tries a day), short enough not to shut an officer out for the day.
 */
export const signInLimits = {
  account: { failures: 5, windowMs: minutes(15), lockMs: minutes(15) },
  address: { failures: 20, windowMs: minutes(15), lockMs: minutes(15) },
} satisfies Record<string, Limit>;

export interface ThrottleKey {
  /** A keyed hash of `account:<username>` or `address:<ip>`. */
  key: string;
  limit: Limit;
}

/** 429 while any of the keys is locked, whether or not the account exists. */
export async function assertNotLocked(db: Kysely<Tables>, keys: readonly ThrottleKey[], now: Date): Promise<void> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('locked_until')
    .where('key', 'in', keys.map((entry) => entry.key))
    .execute();
  const until = Math.max(0, ...rows.map((row) => (row.locked_until === null ? 0 : Date.parse(row.locked_until))));
  if (until > now.getTime()) {
    const seconds = Math.ceil((until - now.getTime()) / 1000);
    throw new ProblemError(429, 'rate-limited', 'Too many failed sign-ins: try again later', undefined, { 'retry-after': String(seconds) });
  }
}

/** Counts a failure against each key, locking those that reach their limit. */
export async function recordFailure(db: Kysely<Tables>, keys: readonly ThrottleKey[], now: Date): Promise<void> {
  for (const { key, limit } of keys) {
    const row = await db.selectFrom('sign_in_failures').selectAll().where('key', '=', key).executeTakeFirst();
    const fresh = row === undefined || now.getTime() - Date.parse(row.window_started_at) > limit.windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const values = {
      failures,
      window_started_at: fresh ? now.toISOString() : row.window_started_at,
      locked_until: failures >= limit.failures ? new Date(now.getTime() + limit.lockMs).toISOString() : null,
    };
    await db
      .insertInto('sign_in_failures')
      .values({ key, ...values })
      .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
      .execute();
  }
}

/** A successful sign-in clears its account's count; the address keeps its own. */
export async function clearFailures(db: Kysely<Tables>, key: ThrottleKey): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key.key).execute();
}
