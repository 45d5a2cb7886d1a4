import type { Kysely } from 'kysely';
import type { Tables } from '../src/db/tables.js';

/** Counts of a poll as its rows say, and as its running tallies say: an audit compares the two. */
export async function recountAndTallies(db: Kysely<Tables>, pollId: string): Promise<{ recount: Record<string, number>; tallies: Record<string, number> }> {
  const voters = await db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('count')).where('poll_id', '=', pollId).executeTakeFirstOrThrow();
  const choices = await db
    .selectFrom('vote_choices')
    .select(['option_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('poll_id', '=', pollId)
    .groupBy('option_id')
    .execute();
  const tallies = await db.selectFrom('poll_tallies').select(['option_id', 'count']).where('poll_id', '=', pollId).execute();
  const recount: Record<string, number> = { '*': voters.count };
  for (const row of choices) recount[row.option_id] = row.count;
  // Options nobody chose have a tally of 0 and no row to count.
  return { recount, tallies: Object.fromEntries(tallies.filter((row) => row.count > 0 || row.option_id === '*').map((row) => [row.option_id, row.count])) };
}
