// One vote per voter is the database's rule, not a check then an insert: identical votes sent at
// once (a double click, a retrying proxy, a script) count once, the running tallies always equal a
// recount of the vote rows, and a poll's options and rules cannot move under its votes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollInput, PollResults, VoteReceipt } from '@vn-portal/schema';
import { createPoll, pollInput, seedAgencies } from '../../test/fixtures.js';
import { JsonClient } from '../../test/http-client.js';
import { recountAndTallies } from '../../test/poll-audit.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { buildApp } from '../app.js';

const voters = 100;
const copies = 10;
const repetitions = 20;
const options = ['tot', 'binh-thuong', 'chua-tot'];

const tokenOf = (repetition: number, voter: number) => `integrity-${String(repetition).padStart(2, '0')}-voter-${String(voter).padStart(4, '0')}`;

for (const dialect of testDialects) {
  describe(`vote integrity (${dialect})`, () => {
    let t: TestApp;
    let client: JsonClient;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      client = new JsonClient(await t.app.listen({ host: '127.0.0.1', port: 0 }));
    });
    after(async () => {
      client.close();
      await t.close();
    });

    const uncapped = { maxVotesPerAddressPerDay: 1_000_000 };
    const vote = (pollId: string, voterToken: string, option: string) => client.send('POST', `/api/v1/polls/${pollId}/votes`, { voterToken, optionIds: [option] });
    const audit = async (pollId: string) => {
      const { recount, tallies } = await recountAndTallies(t.testDatabase.database.db, pollId);
      assert.deepEqual(tallies, recount, 'the tallies equal a recount of the vote rows');
      return recount;
    };

    test('1000 different voters at once are 1000 counted, with percentages adding up to 100', async () => {
      // Every voter of these tests sends from the test's one address: the daily cap must not be what they measure.
      const pollId = await createPoll(t, uncapped);
      const answers = await Promise.all(Array.from({ length: 1000 }, (_, voter) => vote(pollId, tokenOf(99, voter), options[voter % 3] ?? 'tot')));
      assert.ok(answers.every((answer) => answer.status === 200 && (answer.body as VoteReceipt).counted), 'each of the 1000 concurrent votes is answered 200 and counted');
      const results = (await client.send('GET', `/api/v1/polls/${pollId}/results`)).body as PollResults;
      assert.equal(results.total, 1000);
      assert.deepEqual(results.options.map((option) => option.count), [334, 333, 333]);
      assert.equal(results.options.reduce((sum, option) => sum + option.percent, 0), 100);
      assert.equal((await audit(pollId))['*'], 1000);
    });

    test(`${voters} voters × ${copies} identical parallel POSTs, ${repetitions} times: exactly ${voters} votes each time, never a 5xx`, async () => {
      const statuses = new Map<number, number>();
      for (let repetition = 0; repetition < repetitions; repetition += 1) {
        const pollId = await createPoll(t, uncapped);
        const sent = [];
        for (let copy = 0; copy < copies; copy += 1) {
          for (let voter = 0; voter < voters; voter += 1) sent.push(vote(pollId, tokenOf(repetition, voter), options[voter % 3] ?? 'tot').then((answer) => ({ voter, answer })));
        }
        const answers = await Promise.all(sent);
        const countedPerVoter = new Array<number>(voters).fill(0);
        for (const { voter, answer } of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          assert.equal(answer.status, 200, JSON.stringify(answer.body));
          if ((answer.body as VoteReceipt).counted) countedPerVoter[voter] = (countedPerVoter[voter] ?? 0) + 1;
        }
        assert.deepEqual(new Set(countedPerVoter), new Set([1]), `repetition ${repetition}: each voter counted exactly once`);
        const recount = await audit(pollId);
        assert.equal(recount['*'], voters, `repetition ${repetition}: ${voters} vote rows`);
        const results = (await client.send('GET', `/api/v1/polls/${pollId}/results`)).body as PollResults;
        assert.equal(results.total, voters);
        assert.deepEqual(results.options.map((option) => option.count), [34, 33, 33]);
      }
      assert.deepEqual([...statuses.keys()], [200], 'only 200s');
      assert.equal(statuses.get(200), voters * copies * repetitions);
    });

    test('once a poll has a vote, its options and rules are frozen (409); its wording and closing time are not', async () => {
      const pollId = await createPoll(t);
      assert.equal((await vote(pollId, tokenOf(90, 1), 'tot')).status, 200);
      const put = (changes: Partial<PollInput>) => client.send('PUT', `/api/v1/admin/polls/${pollId}`, pollInput(changes), t.admin);
      const frozen: Partial<PollInput>[] = [
        { options: [{ id: 'co', label: { vi: 'Có' } }, { id: 'khong', label: { vi: 'Không' } }] },
        { options: [{ id: 'tot', label: { vi: 'Rất tốt' } }, { id: 'binh-thuong', label: { vi: 'Bình thường' } }, { id: 'chua-tot', label: { vi: 'Chưa tốt' } }] },
        { kind: 'multiple', maxChoices: 2 },
        { resultsVisibility: 'never' },
        { opensAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString() },
        { agency: 'stttt' },
      ];
      for (const changes of frozen) {
        const answer = await put(changes);
        assert.equal(answer.status, 409, JSON.stringify(changes));
        assert.equal((answer.body as { code: string }).code, 'conflict');
      }
      assert.equal((await put({ question: { vi: 'Bạn đánh giá Cổng thông tin thế nào?' } })).status, 200, 'the wording may be corrected');
      assert.equal((await put({ closesAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() })).status, 200, 'the poll may be closed or extended');
      assert.equal((await audit(pollId))['*'], 1, 'the vote stands');
    });

    test('a vote checked against an outdated copy of the poll is refused by the transaction that would store it', async () => {
      const pollId = await createPoll(t);
      // A second server process on the same database, which has the poll in its cache.
      const other = await buildApp({ config: t.testDatabase.config, database: t.testDatabase.database, now: t.clock.now });
      try {
        assert.equal((await other.inject({ method: 'GET', url: `/api/v1/polls/${pollId}` })).statusCode, 200);
        const edited = await client.send('PUT', `/api/v1/admin/polls/${pollId}`, pollInput({ options: [{ id: 'tot', label: { vi: 'Tốt' } }, { id: 'khac', label: { vi: 'Khác' } }] }), t.admin);
        assert.equal(edited.status, 200);
        const stale = await other.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: tokenOf(95, 1), optionIds: ['chua-tot'] } });
        assert.equal(stale.statusCode, 409, stale.body);
        assert.equal((await audit(pollId))['*'], 0);
        const fine = await other.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: tokenOf(95, 2), optionIds: ['tot'] } });
        assert.equal(fine.statusCode, 200);
        assert.deepEqual(await audit(pollId), { '*': 1, tot: 1 });
      } finally {
        await other.close();
      }
    });

    test('an edit of the options racing the first votes is refused or lands before all of them, and the counts stay exact', async (context) => {
      let editsWon = 0;
      for (let round = 0; round < 10; round += 1) {
        const pollId = await createPoll(t);
        const sendEdit = () => client.send('PUT', `/api/v1/admin/polls/${pollId}`, pollInput({ options: [{ id: 'co', label: { vi: 'Có' } }, { id: 'khong', label: { vi: 'Không' } }] }), t.admin);
        // The edit leaves with the first votes, or once `round` of them have been answered.
        let answered = 0;
        let edit = round === 0 ? sendEdit() : undefined;
        const votes = Array.from({ length: 40 }, (_, voter) =>
          vote(pollId, tokenOf(100 + round, voter), 'tot').then((answer) => {
            answered += 1;
            if (answered === round) edit = sendEdit();
            return answer;
          }),
        );
        const answers = await Promise.all(votes);
        const edited = await edit;
        assert.ok(edited !== undefined && [200, 409].includes(edited.status), String(edited?.status));
        for (const answer of answers) assert.ok(answer.status < 500, JSON.stringify(answer.body));
        const accepted = answers.filter((answer) => answer.status === 200).length;
        const recount = await audit(pollId);
        assert.equal(recount['*'], accepted, 'every accepted vote is a row, and no other');
        if (edited.status === 200) {
          editsWon += 1;
          assert.equal(accepted, 0, 'the options changed only because no vote had landed; the votes for the old option were refused');
        } else {
          assert.ok(accepted > 0, 'the edit was refused because votes had landed');
        }
      }
      context.diagnostic(`the edit landed first in ${editsWon} of 10 races`);
    });
  });
}
