import { defaultMaxVotesPerAddressPerDay, type FieldError } from '@vn-portal/schema';
import { assertCoversAgency } from '../admin/api-keys.js';
import { agencyExists } from '../agencies/agency-repository.js';
import { spendChallenge, verifyProof } from '../bot-check/challenges.js';
import { localDay } from '../calendar/local-day.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import { inTransaction } from '../db/transactions.js';
import type { ClientInfo, ResourceFactory } from '../http/handler.js';
import { conflict, invalidFields, notFound, OriginRefusal, ProblemError } from '../http/problem.js';
import { BallotBox } from './ballot-box.js';
import { PollCache } from './poll-cache.js';
import * as polls from './poll-repository.js';
import { every } from '../scheduled-task.js';

function found(poll: polls.StoredPoll | undefined): polls.StoredPoll {
  if (poll === undefined) throw notFound();
  return poll;
}

/** Rules of a poll the schema cannot state on its own. */
async function checkPollInput({ db }: AppContext, data: polls.PollData): Promise<void> {
  const errors: FieldError[] = [];
  const ids = data.options.map((option) => option.id);
  if (new Set(ids).size !== ids.length) errors.push({ path: 'options', code: 'duplicate-option', message: 'Option ids must be unique' });
  if (data.kind === 'single' && data.maxChoices !== 1) errors.push({ path: 'maxChoices', code: 'invalid', message: 'A single-choice poll takes one choice' });
  if (data.maxChoices > data.options.length) errors.push({ path: 'maxChoices', code: 'too_big', message: 'More choices than options' });
  if (data.opensAt !== undefined && data.closesAt !== undefined && Date.parse(data.closesAt) <= Date.parse(data.opensAt)) {
    errors.push({ path: 'closesAt', code: 'too_small', message: 'The poll must close after it opens' });
  }
  if (!(await agencyExists(db, data.agency))) errors.push({ path: 'agency', code: 'unknown-agency', message: 'No agency has this code' });
  if (errors.length > 0) throw invalidFields(errors);
}

function checkChoices(poll: polls.StoredPoll, optionIds: readonly string[]): void {
  const known = new Set(poll.data.options.map((option) => option.id));
  const errors: FieldError[] = optionIds.flatMap((option, index) =>
    known.has(option) ? [] : [{ path: `optionIds.${index}`, code: 'unknown-option', message: 'The poll has no such option' }],
  );
  if (new Set(optionIds).size !== optionIds.length) errors.push({ path: 'optionIds', code: 'duplicate-option', message: 'An option is chosen twice' });
  const allowed = poll.data.kind === 'single' ? 1 : poll.data.maxChoices;
  if (optionIds.length > allowed) errors.push({ path: 'optionIds', code: 'too_big', message: `At most ${allowed} choice(s)` });
  if (errors.length > 0) throw invalidFields(errors);
}

/**
 * A poll that asks for it takes a vote with a solved challenge only, as a question needs one (and
 * none while the server's proof of work is off). The challenge is spent before the vote is cast:
 * a vote refused afterwards needs a new one.
 */
async function checkVoteProof({ config, db, secrets, now }: AppContext, poll: polls.StoredPoll, client: ClientInfo): Promise<void> {
  if (poll.data.proofOfWork !== true || config.proofOfWorkBits === 0) return;
  await spendChallenge(db, verifyProof(secrets, client.proofOfWork, 'vote', config.proofOfWorkBits, now()));
}

const dayMs = 86_400_000;

/** Opinion polls: one vote per voter token, exact counts, results as the visibility policy allows. */
export const pollResource: ResourceFactory = (app) => {
  const ballotBox = new BallotBox(app.db);
  const cache = new PollCache(app.db);
  const { config, log, now } = app;
  // Yesterday's counts are kept for processes whose clock has not passed midnight yet.
  const stop = every(3_600_000, () => polls.forgetAddressCounts(app.db, localDay(new Date(now().getTime() - dayMs), config.utcOffsetMinutes)), log, 'forgetting per-address vote counts');
  return {
    targetAgencies: { vote: async ({ id }) => (await cache.get(id))?.data.agency },
    close: () => {
      stop();
      return Promise.resolve();
    },
    handlers: {
      getLatestPoll: async ({ query }, { db, now }) => {
        const at = now();
        const poll = await polls.findLatestPoll(db, query.agency, at);
        return poll === undefined ? null : polls.toPoll(poll, at);
      },
      getPoll: async ({ params }, context) => polls.toPoll(found(await cache.get(params.id)), context.now()),
      getPollResults: async ({ params, query }, context) => {
        const poll = found(await cache.get(params.id));
        const voted = query.voterToken === undefined ? false : await polls.hasVoted(context.db, poll.id, query.voterToken);
        return polls.resultsOf(poll, await polls.tallyOf(context.db, poll.id), voted, context.now());
      },
      vote: async ({ params, body, client }, context) => {
        const poll = found(await cache.get(params.id));
        if (client.origin !== undefined && !(await context.origins.allows(client.origin, poll.data.agency))) {
          throw new OriginRefusal(client.origin, poll.data.agency);
        }
        const at = context.now();
        const state = polls.stateOf(poll.data, at);
        if (state !== 'open') throw new ProblemError(409, 'poll-not-open', state === 'upcoming' ? 'The poll has not opened yet' : 'The poll is closed');
        checkChoices(poll, body.optionIds);
        await checkVoteProof(context, poll, client);
        const day = localDay(at, context.config.utcOffsetMinutes);
        const cap = { day, address: context.secrets.voteAddressKey(poll.id, day, client.ip), max: poll.data.maxVotesPerAddressPerDay ?? defaultMaxVotesPerAddressPerDay };
        const { counted, refused, tallies } = await ballotBox.cast({ pollId: poll.id, voterToken: body.voterToken, optionIds: body.optionIds, castAt: at, cap });
        if (refused) throw new ProblemError(429, 'rate-limited', `This poll counts at most ${cap.max} votes a day from one address`);
        return { counted, results: polls.resultsOf(poll, tallies, true, at) };
      },
      listPollsForAdmin: async ({ query, principal }, context) => {
        if (query.agency !== undefined) assertCoversAgency(principal, query.agency);
        const { items, total } = await polls.listPolls(context.db, query.agency === undefined ? principal.agencies : [query.agency], query);
        const now = context.now();
        return { items: items.map((poll) => polls.toPoll(poll, now)), total, page: query.page, pageSize: query.pageSize };
      },
      getPollForAdmin: async ({ params, principal }, context) => {
        const poll = found(await polls.findPoll(context.db, params.id));
        assertCoversAgency(principal, poll.data.agency);
        return { ...polls.toPoll(poll, context.now()), refusedByCap: await polls.refusedByCap(context.db, poll.id) };
      },
      createPoll: async ({ body, principal }, context) => {
        assertCoversAgency(principal, body.agency);
        await checkPollInput(context, body);
        const id = newId();
        const at = context.now();
        await polls.savePoll(context.db, id, body, at, 'create');
        return polls.toPoll({ id, data: body }, at);
      },
      updatePoll: async ({ params, body, principal }, context) => {
        await checkPollInput(context, body);
        const at = context.now();
        // The check for votes and the save are one transaction, the poll row locked: a vote cannot
        // land between them (and one already in flight is waited for, then seen).
        await inTransaction(context.db, async (db) => {
          const existing = found(await polls.findPoll(db, params.id, { forUpdate: true }));
          assertCoversAgency(principal, existing.data.agency);
          assertCoversAgency(principal, body.agency);
          if (polls.changesRules(existing.data, body) && (await polls.hasVotes(db, existing.id))) {
            throw conflict('Once the poll has votes, only the wording of its question and its closing time may change');
          }
          const optionsChanged = JSON.stringify(existing.data.options.map((option) => option.id)) !== JSON.stringify(body.options.map((option) => option.id));
          await polls.savePoll(db, existing.id, body, at, optionsChanged ? 'update-options' : 'update');
        });
        cache.forget(params.id);
        return polls.toPoll({ id: params.id, data: body }, at);
      },
      deletePoll: async ({ params, principal }, context) => {
        const existing = found(await polls.findPoll(context.db, params.id));
        assertCoversAgency(principal, existing.data.agency);
        await polls.deletePoll(context.db, existing.id);
        cache.forget(existing.id);
        return undefined;
      },
    },
  };
};
