import type { Leader } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';

/** A leader as stored: everything but the id, which is the row's key. */
export type StoredLeader = Omit<Leader, 'id'>;

const toLeader = (row: { id: string; data: string }): Leader => ({ id: row.id, ...(JSON.parse(row.data) as StoredLeader) });

/** Leaders in protocol order: agencies in their order, then each agency's leaders in theirs. */
export async function listLeaders(db: Kysely<Tables>, agency: string | undefined): Promise<Leader[]> {
  let query = db
    .selectFrom('leaders')
    .innerJoin('agencies', 'agencies.code', 'leaders.agency')
    .select(['leaders.id', 'leaders.data'])
    .orderBy('agencies.sort_order')
    .orderBy('agencies.code')
    .orderBy('leaders.sort_order')
    .orderBy('leaders.id');
  if (agency !== undefined) query = query.where('leaders.agency', '=', agency);
  return (await query.execute()).map(toLeader);
}

export async function findLeader(db: Kysely<Tables>, id: string): Promise<Leader | undefined> {
  const row = await db.selectFrom('leaders').select(['id', 'data']).where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toLeader(row);
}

export async function saveLeader(db: Kysely<Tables>, id: string, input: StoredLeader, exists: boolean): Promise<Leader> {
  const row = { agency: input.agency, sort_order: input.order, data: JSON.stringify(input) };
  if (exists) await db.updateTable('leaders').set(row).where('id', '=', id).execute();
  else await db.insertInto('leaders').values({ id, ...row }).execute();
  return { id, ...input };
}

export async function deleteLeader(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('leaders').where('id', '=', id).execute();
}
