import * as z from 'zod/mini';
import { code, id, isoDateTime, localized, named } from './primitives.js';
import { pollQuestionMax } from './vocabulary/limits.js';

export const PollResultsVisibility = z.enum(['always', 'after-vote', 'after-close', 'never']);
export type PollResultsVisibility = z.output<typeof PollResultsVisibility>;

export const PollOption = z.object({ id, label: localized(500) });
export type PollOption = z.output<typeof PollOption>;

export const Poll = named(
  'Poll',
  z.object({
    id,
    agency: code,
    question: localized(pollQuestionMax),
    kind: z.enum(['single', 'multiple']),
    /** For multiple choice: how many options one vote may pick at most. */
    maxChoices: z.int().check(z.minimum(1)),
    options: z.array(PollOption).check(z.minLength(2)),
    opensAt: z.optional(isoDateTime),
    closesAt: z.optional(isoDateTime),
    /** Computed by the server at response time. */
    state: z.enum(['upcoming', 'open', 'closed']),
    resultsVisibility: PollResultsVisibility,
    /**
     * Votes counted per client address (kept only as a keyed hash) and day, 50 when not given: an
     * office behind one address still votes, a script casting hundreds of tokens is refused (429).
     */
    maxVotesPerAddressPerDay: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
    /** Whether a vote needs a solved bot-check challenge in the `Proof-Of-Work` header, as a question does. */
    proofOfWork: z.optional(z.boolean()),
  }),
);
export type Poll = z.output<typeof Poll>;

/** Votes counted per address and day when a poll does not say. */
export const defaultMaxVotesPerAddressPerDay = 50;

/** A poll as its agency's administrators see it, with the votes the per-address cap refused. */
export const AdminPoll = named('AdminPoll', z.object({ ...Poll.shape, refusedByCap: z.int().check(z.minimum(0)) }));
export type AdminPoll = z.output<typeof AdminPoll>;

/**
 * A random token the browser keeps for this visitor. One vote per token per poll, not per address:
 * a whole office shares one address.
 */
export const voterToken = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/));

export const VoteRequest = named(
  'VoteRequest',
  z.object({
    voterToken,
    optionIds: z.array(id).check(z.minLength(1), z.maxLength(50)),
  }),
);
export type VoteRequest = z.input<typeof VoteRequest>;

export const PollOptionResult = /* @__PURE__ */ z.object({
  id,
  count: z.int().check(z.minimum(0)),
  /** Whole percentages by the largest-remainder method: they add up to exactly 100. */
  percent: z.int().check(z.minimum(0), z.maximum(100)),
});
export type PollOptionResult = z.output<typeof PollOptionResult>;

export const PollResults = named(
  'PollResults',
  z.object({
    pollId: id,
    /** False when the visibility policy hides the counts from this visitor for now. */
    visible: z.boolean(),
    /** Number of voters, not of ticked options. */
    total: z.int().check(z.minimum(0)),
    options: z.array(PollOptionResult),
    /** Whether the voter token given with the request has voted. */
    voted: z.boolean(),
  }),
);
export type PollResults = z.output<typeof PollResults>;

export const VoteReceipt = named(
  'VoteReceipt',
  z.object({
    /** False when this voter had already voted: the earlier vote stands. */
    counted: z.boolean(),
    results: PollResults,
  }),
);
export type VoteReceipt = z.output<typeof VoteReceipt>;

export const PollResultsQuery = z.object({ voterToken: z.optional(voterToken) });
export type PollResultsQuery = z.input<typeof PollResultsQuery>;

/**
 * Splits 100 % among counts so the whole percentages add up to exactly 100 (largest remainder).
 * With no votes every option gets 0.
 */
export function largestRemainderPercentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const floors = exact.map(Math.floor);
  let remaining = 100 - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (remaining === 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    remaining -= 1;
  }
  return floors;
}
