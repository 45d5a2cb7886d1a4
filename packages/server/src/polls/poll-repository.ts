import { createHash } from 'node:crypto';
import { largestRemainderPercentages, type Output, type Poll, type PollInput, type PollResults } from '@vn-portal/schema';
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables.js';
import { inTransaction, takesRowLocks } from '../db/transactions.js';
import { conflict } from '../http/problem.js';

export type PollData = Output<typeof PollInput>;

export interface StoredPoll {
  id: string;
  data: PollData;
}

/** Whether the poll takes votes at `now`, computed at response time from its window. */
export function stateOf(data: PollData, now: Date): Poll['state'] {
  const at = now.getTime();
  if (data.opensAt !== undefined && Date.parse(data.opensAt) > at) return 'upcoming';
  if (data.closesAt !== undefined && Date.parse(data.closesAt) <= at) return 'closed';
  return 'open';
}

export const toPoll = (poll: StoredPoll, now: Date): Poll => ({ id: poll.id, ...poll.data, state: stateOf(poll.data, now) });

const fromRow = (row: { id: string; data: string }): StoredPoll => ({ id: row.id, data: JSON.parse(row.data) as PollData });

/** Voter tokens are stored hashed: the table shows that someone voted, not who holds which token. */
export const voterKey = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A poll; `forUpdate` (in a transaction) keeps votes from landing until the transaction ends. */
export async function findPoll(db: Kysely<Tables>, id: string, options: { forUpdate?: boolean } = {}): Promise<StoredPoll | undefined> {
  const query = db.selectFrom('polls').select(['id', 'data']).where('id', '=', id);
  const row = await (options.forUpdate === true && takesRowLocks(db) ? query.forUpdate() : query).executeTakeFirst();
  return row === undefined ? undefined : fromRow(row);
}

/** What a vote was cast under: once a poll has a vote, none of it may change (409). */
function rulesOf(data: PollData): string {
  const { agency, kind, maxChoices, options, resultsVisibility } = data;
  return JSON.stringify({ agency, kind, maxChoices, options, resultsVisibility, opensAt: data.opensAt === undefined ? null : Date.parse(data.opensAt) });
}

/** Whether an edit changes the options or rules of a poll, rather than the wording of its question or its closing time. */
export const changesRules = (before: PollData, after: PollData) => rulesOf(before) !== rulesOf(after);

/** Whether `optionIds` is a ballot the poll takes at `at`: open, known options, not too many. */
export function acceptsBallot(data: PollData, optionIds: readonly string[], at: Date): boolean {
  const known = new Set(data.options.map((option) => option.id));
  const allowed = data.kind === 'single' ? 1 : data.maxChoices;
  return stateOf(data, at) === 'open' && optionIds.length <= allowed && new Set(optionIds).size === optionIds.length && optionIds.every((option) => known.has(option));
}

/**
 * The poll to show: the newest open one of the agency (or of any agency), else the newest that is
 * upcoming or closed, so a widget still has results to show between polls.
 */
export async function findLatestPoll(db: Kysely<Tables>, agency: string | undefined, now: Date): Promise<StoredPoll | undefined> {
  const at = now.toISOString();
  let query = db.selectFrom('polls').select(['id', 'data']).orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (agency !== undefined) query = query.where('agency', '=', agency);
  const open = await query
    .where((eb) => eb.and([eb.or([eb('opens_at', 'is', null), eb('opens_at', '<=', at)]), eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', at)])]))
    .executeTakeFirst();
  const row = open ?? (await query.executeTakeFirst());
  return row === undefined ? undefined : fromRow(row);
}

/** Polls newest first: of one agency, or of these agencies (all when none is given), a page at a time. */
export async function listPolls(db: Kysely<Tables>, agencies: readonly string[], page: { page: number; pageSize: number }): Promise<{ items: StoredPoll[]; total: number }> {
  const base = agencies.length === 0 ? db.selectFrom('polls') : db.selectFrom('polls').where('agency', 'in', agencies);
  const { total } = await base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['id', 'data'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { items: rows.map(fromRow), total: Number(total) };
}

/** The voters' tally: option `*`, which no option id can be. */
const votersTally = '*';

/** Saves a poll; a new poll, or one whose options changed, gets its tallies (re)started at zero. */
export async function savePoll(db: Kysely<Tables>, id: string, data: PollData, now: Date, change: 'create' | 'update' | 'update-options'): Promise<void> {
  const row = {
    agency: data.agency,
    // Stored as UTC instants so that text comparison orders them.
    opens_at: data.opensAt === undefined ? null : new Date(data.opensAt).toISOString(),
    closes_at: data.closesAt === undefined ? null : new Date(data.closesAt).toISOString(),
    data: JSON.stringify(data),
  };
  await inTransaction(db, async (transaction) => {
    if (change === 'create') await transaction.insertInto('polls').values({ id, created_at: now.toISOString(), ...row }).execute();
    else await transaction.updateTable('polls').set(row).where('id', '=', id).execute();
    if (change === 'update') return;
    // Options change only while nobody has voted, so the tallies start again from zero.
    await transaction.deleteFrom('poll_tallies').where('poll_id', '=', id).execute();
    const options = [votersTally, ...data.options.map((option) => option.id)];
    await transaction.insertInto('poll_tallies').values(options.map((option_id) => ({ poll_id: id, option_id, count: 0 }))).execute();
  });
}

export async function deletePoll(db: Kysely<Tables>, id: string): Promise<void> {
  await db.deleteFrom('polls').where('id', '=', id).execute();
}

export async function hasVotes(db: Kysely<Tables>, pollId: string): Promise<boolean> {
  return (await db.selectFrom('votes').select('voter').where('poll_id', '=', pollId).limit(1).executeTakeFirst()) !== undefined;
}

export interface Ballot {
  pollId: string;
  voterToken: string;
  optionIds: readonly string[];
  castAt: Date;
  /** The per-address daily cap this ballot counts against: the sender's key for the local day, and the poll's cap. */
  cap?: { day: string; address: string; max: number };
}

/**
 * Holds each address to its poll's daily cap of counted votes: of the ballots that would count, the
 * ones past the cap are refused and their vote rows removed. The counter moves by an `UPDATE …
 * RETURNING`, which holds the row until the transaction ends, so concurrent processes cannot both
 * take the last places. Answers which ballots were refused, and marks them in `counted` as not counted.
 */
async function applyAddressCaps(db: Kysely<Tables>, ballots: readonly Ballot[], voters: readonly string[], counted: boolean[]): Promise<boolean[]> {
  const groups = new Map<string, { pollId: string; day: string; address: string; max: number; indexes: number[] }>();
  ballots.forEach((ballot, index) => {
    if (counted[index] !== true || ballot.cap === undefined) return;
    const key = `${ballot.pollId} ${ballot.cap.day} ${ballot.cap.address}`;
    const group = groups.get(key) ?? { pollId: ballot.pollId, ...ballot.cap, indexes: [] };
    group.indexes.push(index);
    groups.set(key, group);
  });
  const refused = ballots.map(() => false);
  for (const { pollId, day, address, max, indexes } of groups.values()) {
    const row = (query: Kysely<Tables>) => query.updateTable('poll_address_votes').where('poll_id', '=', pollId).where('day', '=', day).where('address', '=', address);
    await db
      .insertInto('poll_address_votes')
      .values({ poll_id: pollId, day, address, counted: 0 })
      .onConflict((conflict) => conflict.columns(['poll_id', 'day', 'address']).doNothing())
      .execute();
    const after = await row(db)
      .set((eb) => ({ counted: eb('counted', '+', indexes.length) }))
      .returning('counted')
      .executeTakeFirstOrThrow();
    const before = after.counted - indexes.length;
    const allowed = Math.max(0, Math.min(indexes.length, max - before));
    if (allowed === indexes.length) continue;
    await row(db).set({ counted: before + allowed }).execute();
    const over = indexes.slice(allowed);
    for (const index of over) {
      refused[index] = true;
      counted[index] = false;
    }
    await db.deleteFrom('votes').where('poll_id', '=', pollId).where('voter', 'in', over.map((index) => voters[index] ?? '')).execute();
    await db
      .insertInto('poll_cap_refusals')
      .values({ poll_id: pollId, refused: over.length })
      .onConflict((conflict) => conflict.column('poll_id').doUpdateSet((eb) => ({ refused: eb('poll_cap_refusals.refused', '+', over.length) })))
      .execute();
  }
  return refused;
}

/** Votes the per-address cap refused in a poll. */
export async function refusedByCap(db: Kysely<Tables>, pollId: string): Promise<number> {
  const row = await db.selectFrom('poll_cap_refusals').select('refused').where('poll_id', '=', pollId).executeTakeFirst();
  return row?.refused ?? 0;
}

/** Forgets the per-address counts of days before `day`: they count against no cap any more. */
export async function forgetAddressCounts(db: Kysely<Tables>, day: string): Promise<void> {
  await db.deleteFrom('poll_address_votes').where('day', '<', day).execute();
}

/**
 * Records ballots in one transaction and tells, for each, whether it counted. The primary key
 * (poll, voter) makes a second ballot with the same token a no-op, whatever the concurrency, even
 * within one batch; the tallies move in the same transaction, so they always equal the rows.
 * Answers whether each ballot counted, which the per-address cap refused, and the polls' tallies as
 * this transaction left them.
 */
export async function castBallots(db: Kysely<Tables>, ballots: readonly Ballot[]): Promise<{ counted: boolean[]; refused: boolean[]; tallies: Map<string, Tallies> }> {
  const rows = ballots.map((ballot) => ({ poll_id: ballot.pollId, voter: voterKey(ballot.voterToken), cast_at: ballot.castAt.toISOString() }));
  return inTransaction(db, async (transaction) => {
    const inserted = await transaction
      .insertInto('votes')
      .values(rows)
      .onConflict((conflict) => conflict.columns(['poll_id', 'voter']).doNothing())
      .returning(['poll_id', 'voter'])
      .execute();
    const insertedKeys = new Set(inserted.map((row) => `${row.poll_id} ${row.voter}`));
    // The first ballot of a voter in the batch is the one that counted.
    const counted = rows.map((row) => insertedKeys.delete(`${row.poll_id} ${row.voter}`));
    // Checked again against the polls as this transaction sees them: an edit committed since the
    // request was checked (PostgreSQL's insert above waited for it) rolls the batch back.
    const current = await readPollData(transaction, [...new Set(ballots.map((ballot) => ballot.pollId))]);
    ballots.forEach((ballot, index) => {
      const data = current.get(ballot.pollId);
      if (counted[index] === true && data !== undefined && !acceptsBallot(data, ballot.optionIds, ballot.castAt)) {
        throw conflict('The poll changed while this vote was cast: load it again');
      }
    });
    const refused = await applyAddressCaps(
      transaction,
      ballots,
      rows.map((row) => row.voter),
      counted,
    );
    const choices = ballots.flatMap((ballot, index) =>
      counted[index] === true ? ballot.optionIds.map((option_id) => ({ poll_id: ballot.pollId, voter: rows[index]?.voter ?? '', option_id })) : [],
    );
    if (choices.length > 0) await transaction.insertInto('vote_choices').values(choices).execute();
    const increments = new Map<string, { pollId: string; optionId: string; by: number }>();
    const increment = (pollId: string, optionId: string) => {
      const key = `${pollId} ${optionId}`;
      const entry = increments.get(key) ?? { pollId, optionId, by: 0 };
      entry.by += 1;
      increments.set(key, entry);
    };
    ballots.forEach((ballot, index) => {
      if (counted[index] !== true) return;
      increment(ballot.pollId, votersTally);
      for (const option of ballot.optionIds) increment(ballot.pollId, option);
    });
    for (const { pollId, optionId, by } of increments.values()) {
      await transaction
        .updateTable('poll_tallies')
        .set((eb) => ({ count: eb('count', '+', by) }))
        .where('poll_id', '=', pollId)
        .where('option_id', '=', optionId)
        .execute();
    }
    // Read in the same transaction: the results each voter sees include their own vote.
    const tallies = await readTallies(transaction, [...new Set(ballots.map((ballot) => ballot.pollId))]);
    return { counted, refused, tallies };
  });
}

async function readPollData(db: Kysely<Tables>, pollIds: readonly string[]): Promise<Map<string, PollData>> {
  const rows = await db.selectFrom('polls').select(['id', 'data']).where('id', 'in', pollIds).execute();
  return new Map(rows.map((row) => [row.id, fromRow(row).data]));
}

export async function hasVoted(db: Kysely<Tables>, pollId: string, voterToken: string): Promise<boolean> {
  const row = await db.selectFrom('votes').select('voter').where('poll_id', '=', pollId).where('voter', '=', voterKey(voterToken)).executeTakeFirst();
  return row !== undefined;
}

/** Counts per option id, and voters under `*`. */
export type Tallies = ReadonlyMap<string, number>;

async function readTallies(db: Kysely<Tables>, pollIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const rows = await db.selectFrom('poll_tallies').select(['poll_id', 'option_id', 'count']).where('poll_id', 'in', pollIds).execute();
  const byPoll = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let tallies = byPoll.get(row.poll_id);
    if (tallies === undefined) byPoll.set(row.poll_id, (tallies = new Map<string, number>()));
    tallies.set(row.option_id, row.count);
  }
  return byPoll;
}

export async function tallyOf(db: Kysely<Tables>, pollId: string): Promise<Tallies> {
  return (await readTallies(db, [pollId])).get(pollId) ?? new Map();
}

/** Results as the visibility policy allows this visitor to see them. */
export function resultsOf(poll: StoredPoll, tallies: Tallies, voted: boolean, now: Date): PollResults {
  const closed = stateOf(poll.data, now) === 'closed';
  const policy = poll.data.resultsVisibility;
  const visible = policy === 'always' || (policy === 'after-vote' && (voted || closed)) || (policy === 'after-close' && closed);
  const counts = poll.data.options.map((option) => (visible ? (tallies.get(option.id) ?? 0) : 0));
  const percents = largestRemainderPercentages(counts);
  return {
    pollId: poll.id,
    visible,
    total: visible ? (tallies.get(votersTally) ?? 0) : 0,
    voted,
    options: poll.data.options.map((option, index) => ({ id: option.id, count: counts[index] ?? 0, percent: percents[index] ?? 0 })),
  };
}
