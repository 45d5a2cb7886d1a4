import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PollResults, VoteReceipt } from '@vn-portal/schema';
import { createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { JsonClient } from '../../test/http-client.js';
import { testDialects } from '../../test/test-database.js';

const voters = 1000;

for (const dialect of testDialects) {
  describe(`concurrent votes over loopback (${dialect})`, () => {
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

    const vote = async (pollId: string, token: string, option: string) => {
      const response = await client.send('POST', `/api/v1/polls/${pollId}/votes`, { voterToken: token, optionIds: [option] });
      assert.equal(response.status, 200);
      return response.body as VoteReceipt;
    };
    const results = async (pollId: string) => (await client.send('GET', `/api/v1/polls/${pollId}/results`)).body as PollResults;

    test(`${voters} simultaneous votes are ${voters} counted`, async () => {
      const id = await createPoll(t);
      const options = ['tot', 'binh-thuong', 'chua-tot'];
      const receipts = await Promise.all(Array.from({ length: voters }, (_, n) => vote(id, voterToken(n), options[n % 3] ?? 'tot')));
      assert.equal(receipts.filter((receipt) => receipt.counted).length, voters);
      const counted = await results(id);
      assert.equal(counted.total, voters);
      assert.deepEqual(counted.options.map((option) => option.count), [334, 333, 333]);
      assert.equal(counted.options.reduce((sum, option) => sum + option.percent, 0), 100);
      const rows = await t.testDatabase.database.db.selectFrom('votes').select((eb) => eb.fn.countAll<number>().as('votes')).where('poll_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(rows.votes, voters, 'the tallies equal the rows');
    });

    test('the same voter token sent many times at once is counted once', async () => {
      const id = await createPoll(t);
      const receipts = await Promise.all(Array.from({ length: 50 }, () => vote(id, voterToken(7), 'tot')));
      assert.equal(receipts.filter((receipt) => receipt.counted).length, 1);
      assert.equal((await results(id)).total, 1);
    });
  });
}
