import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

/** Ids remembered per process before the set is emptied (the database ignores a second write of one). */
const rememberedIds = 200_000;
const insertChunk = 500;

/**
 * Unique visitors of the whole portal per local day. Each process notes the day's site-wide
 * visitor ids it has not written yet and writes them with the visit counter's flush; past days are
 * then reduced to their count, so no id outlives its day (and its salt).
 */
export class UniqueVisitors {
  #seen = new Set<string>();
  #seenDay = '';
  #pending: { day: string; visitor: string }[] = [];
  /** The day up to which past ids were last reduced to counts by this process. */
  #rolledUpOn = '';

  constructor(private readonly db: Kysely<Tables>) {}

  note(day: string, visitor: string): void {
    if (day !== this.#seenDay || this.#seen.size >= rememberedIds) {
      this.#seenDay = day;
      this.#seen = new Set();
    }
    if (this.#seen.has(visitor)) return;
    this.#seen.add(visitor);
    this.#pending.push({ day, visitor });
  }

  /** Writes the new ids, and turns the ids of days before `today` into counts, in one transaction. */
  async flush(today: string): Promise<void> {
    // Nothing new and today's roll-up done: no write, so a quiet server takes no write lock at each
    // flush (on SQLite it would make another process's read-then-write transaction fail busy).
    if (this.#pending.length === 0 && this.#rolledUpOn === today) return;
    const pending = this.#pending;
    this.#pending = [];
    try {
      await this.db.transaction().execute(async (transaction) => {
        for (let start = 0; start < pending.length; start += insertChunk) {
          await transaction
            .insertInto('visitor_ids_today')
            .values(pending.slice(start, start + insertChunk))
            .onConflict((conflict) => conflict.columns(['day', 'visitor']).doNothing())
            .execute();
        }
        // Deleted and counted in one statement: two processes rolling up at once count each id once.
        const past = await transaction.deleteFrom('visitor_ids_today').where('day', '<', today).returning('day').execute();
        const counts = new Map<string, number>();
        for (const { day } of past) counts.set(day, (counts.get(day) ?? 0) + 1);
        for (const [day, visitors] of counts) {
          await transaction
            .insertInto('unique_visitor_days')
            .values({ day, visitors })
            .onConflict((conflict) => conflict.column('day').doUpdateSet((eb) => ({ visitors: eb('unique_visitor_days.visitors', '+', eb.ref('excluded.visitors')) })))
            .execute();
        }
      });
      this.#rolledUpOn = today;
    } catch (error) {
      this.#pending.push(...pending);
      throw error;
    }
  }
}

/** Site-wide unique visitors summed over the local days `from`…`to`, today's so far included. */
export async function uniqueVisitorDays(db: Kysely<Tables>, from: string, to: string): Promise<number> {
  const past = await db
    .selectFrom('unique_visitor_days')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('visitors'), eb.lit(0)).as('visitors'))
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirstOrThrow();
  const current = await db
    .selectFrom('visitor_ids_today')
    .select((eb) => eb.fn.countAll<number>().as('visitors'))
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirstOrThrow();
  return past.visitors + current.visitors;
}
