import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultMaxVotesPerAddressPerDay, proofOfWorkHeader, type AdminPoll, type Challenge } from '@vn-portal/schema';
import { solveChallenge } from '@vn-portal/sdk';
import { adminRequest, createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { recountAndTallies } from '../../test/poll-audit.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const bits = 6;

for (const dialect of testDialects) {
  describe(`ballot stuffing (${dialect})`, () => {
    let t: TestApp;
    let voter = 0;
    before(async () => {
      t = await startTestApp(dialect, { config: { proofOfWorkBits: bits } });
      await seedAgencies(t);
    });
    after(() => t.close());

    const vote = (pollId: string, options: { address?: string; headers?: Record<string, string> } = {}) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/polls/${pollId}/votes`,
        remoteAddress: options.address ?? '198.51.100.20',
        headers: options.headers ?? {},
        payload: { voterToken: voterToken(voter++), optionIds: ['tot'] },
      });
    const refusedByCap = async (pollId: string) => (await adminRequest<AdminPoll>(t, 'GET', `/api/v1/admin/polls/${pollId}`)).refusedByCap;

    test(`one address has ${defaultMaxVotesPerAddressPerDay} votes counted a day by default, the rest refused with 429 and shown to the poll's administrators`, async () => {
      const pollId = await createPoll(t);
      const statuses: number[] = [];
      for (let index = 0; index < defaultMaxVotesPerAddressPerDay + 10; index += 1) statuses.push((await vote(pollId)).statusCode);
      assert.deepEqual(statuses, [...Array<number>(defaultMaxVotesPerAddressPerDay).fill(200), ...Array<number>(10).fill(429)]);
      const refused = await vote(pollId);
      assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
      assert.equal(refused.json<{ code: string }>().code, 'rate-limited');
      assert.equal((await vote(pollId, { address: '198.51.100.21' })).statusCode, 200, 'another address still votes');
      const { recount, tallies } = await recountAndTallies(t.testDatabase.database.db, pollId);
      assert.deepEqual(tallies, recount, 'refused votes left no row and no tally');
      assert.equal(recount['*'], defaultMaxVotesPerAddressPerDay + 1);
      assert.equal(await refusedByCap(pollId), 11);
      t.clock.advance(86_400_000);
      assert.equal((await vote(pollId)).statusCode, 200, 'the next day counts again');
    });

    test('a poll sets its own cap, and parallel votes cannot pass it', async () => {
      const pollId = await createPoll(t, { maxVotesPerAddressPerDay: 20 });
      const answers = await Promise.all(Array.from({ length: 120 }, () => vote(pollId, { address: '198.51.100.30' })));
      const counted = answers.filter((answer) => answer.statusCode === 200).length;
      assert.equal(counted, 20);
      assert.ok(
        answers.every((answer) => answer.statusCode === 200 || answer.statusCode === 429),
        'only 200 and 429',
      );
      assert.equal((await recountAndTallies(t.testDatabase.database.db, pollId)).recount['*'], 20);
      assert.equal(await refusedByCap(pollId), 100);
    });

    test('a poll that asks for a proof of work takes votes with a solved challenge only, once each', async () => {
      const pollId = await createPoll(t, { proofOfWork: true });
      const proof = async (operation: string) => {
        const issued = (await t.app.inject({ method: 'POST', url: '/api/v1/bot-check/challenges', payload: { operation } })).json<Challenge>();
        return `${issued.challenge}:${await solveChallenge(issued.challenge, issued.bits)}`;
      };
      const without = await vote(pollId);
      assert.equal(without.statusCode, 403, without.body);
      assert.equal(without.json<{ code: string }>().code, 'bot-check-failed');
      const forQuestions = await vote(pollId, { headers: { [proofOfWorkHeader]: await proof('submitQuestion') } });
      assert.equal(forQuestions.statusCode, 403, 'a challenge for another operation');
      const solved = await proof('vote');
      assert.equal((await vote(pollId, { headers: { [proofOfWorkHeader]: solved } })).statusCode, 200);
      assert.equal((await vote(pollId, { headers: { [proofOfWorkHeader]: solved } })).statusCode, 403, 'a spent challenge');
      const plain = await createPoll(t);
      assert.equal((await vote(plain)).statusCode, 200, 'other polls need no proof');
    });
  });
}
