// Two real server processes on one PostgreSQL database and one Redis, as a province would run
// them behind a load balancer: whichever process answers, a visitor sees one server.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LegalDocumentSearchResult, PollResults, QuestionReceipt, VisitStats, VoteReceipt } from '@vn-portal/schema';
import { Redis } from 'ioredis';
import { startCliServer, type CliServer } from '../../test/cli-server.js';
import { issuedDocument, pollInput, questionSubmission } from '../../test/fixtures.js';
import { JsonClient } from '../../test/http-client.js';
import { recountAndTallies } from '../../test/poll-audit.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createApiKey } from '../admin/api-keys.js';
import { defaultRateLimits } from '../config.js';
import { loadMasterKey } from '../security/master-key.js';
import { Secrets } from '../security/secrets.js';

const redisUrl = process.env.TEST_REDIS_URL;
const databaseUrl = process.env.TEST_DATABASE_URL;
// A page of the demo province, whose pages may write.
const origin = { origin: 'https://portal.binhson.example' };

describe('two processes on one PostgreSQL and one Redis', { skip: redisUrl === undefined || databaseUrl === undefined }, () => {
  const keyPrefix = `vn-portal-test-${randomBytes(6).toString('hex')}:`;
  const encryptionKey = randomBytes(32).toString('base64');
  let testDatabase: TestDatabase;
  const servers: CliServer[] = [];
  let a: JsonClient;
  let b: JsonClient;
  let admin: Record<string, string>;

  before(async () => {
    testDatabase = await createTestDatabase('postgres');
    const env = { DATABASE_URL: testDatabase.config.databaseUrl ?? '', REDIS_URL: redisUrl ?? '', REDIS_KEY_PREFIX: keyPrefix, ENCRYPTION_KEY: encryptionKey, PROOF_OF_WORK_BITS: '0' };
    // One after the other: the first seeds the empty database, the second finds it seeded.
    for (let n = 0; n < 2; n += 1) servers.push(await startCliServer(env));
    [a, b] = servers.map((server) => new JsonClient(server.url)) as [JsonClient, JsonClient];
    const secrets = new Secrets(loadMasterKey(encryptionKey, testDatabase.config.dataDir));
    const key = await createApiKey(testDatabase.database.db, secrets, { name: 'Cluster test admin', role: 'admin', agencies: [] }, new Date());
    admin = { authorization: `Bearer ${key.secret}` };
  });

  after(async () => {
    a.close();
    b.close();
    for (const server of servers) await server.stop();
    for (const server of servers) assert.deepEqual(server.errorLogs, [], 'no process logged an error');
    // The keys this run wrote go with it.
    const redis = new Redis(redisUrl ?? '');
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await testDatabase.drop();
  });

  test('a rate limit is one budget: the request past it is refused by the other process', async () => {
    const ask = (client: JsonClient) => client.send('POST', '/api/v1/bot-check/challenges', { operation: 'submitQuestion' }, origin);
    const allowed = defaultRateLimits.challenges;
    for (let n = 0; n < allowed; n += 1) assert.equal((await ask(a)).status, 201, `challenge ${n + 1} of ${allowed} on the first process`);
    assert.equal((await ask(b)).status, 429, `challenge ${allowed + 1}, on the second process, is over the shared limit`);
    const otherOperation = await b.send('POST', '/api/v1/visits/hits', { agency: 'stttt', path: '/rate-limit-test', member: false }, origin);
    assert.equal(otherOperation.status, 202, 'another operation has a budget of its own');
  });

  test('both processes show the same "online now"', async () => {
    const stats = async (client: JsonClient) => ((await client.send('GET', '/api/v1/visits/stats?agency=stttt')).body as VisitStats).online;
    const before = await stats(a);
    assert.equal((await a.send('POST', '/api/v1/visits/hits', { agency: 'stttt', path: '/', member: false }, { ...origin, 'user-agent': 'Firefox/1 first visitor' })).status, 202, 'a page view on the first process');
    assert.equal((await b.send('POST', '/api/v1/visits/heartbeats', { agency: 'stttt', session: 'cluster-test-session-2', member: true }, { ...origin, 'user-agent': 'Firefox/1 second visitor' })).status, 204, 'a heartbeat on the second');
    const [onA, onB] = [await stats(a), await stats(b)];
    assert.deepEqual(onA, onB, 'the same figure from both processes');
    assert.deepEqual(onA, { guests: before.guests + 1, members: before.members + 1, total: before.total + 2 }, 'both visitors counted');
  });

  test('a document published through one process is found by search on the other within a second', async () => {
    const word = `cumcanhtranh${randomBytes(4).toString('hex')}`;
    const search = async () => ((await b.send('GET', `/api/v1/legal-documents?q=${word}`)).body as LegalDocumentSearchResult).total;
    assert.equal(await search(), 0, 'not found before it is published');
    const input = issuedDocument({ number: '77/2026/QĐ-UBND', summary: { vi: `Quyết định về ${word} trên địa bàn tỉnh` }, issuedDate: '2026-01-05' });
    const published = await a.send('POST', '/api/v1/admin/legal-documents', input, admin);
    assert.equal(published.status, 201, JSON.stringify(published.body));
    const started = Date.now();
    while ((await search()) === 0) {
      assert.ok(Date.now() - started < 1000, 'found on the other process within a second');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });

  test('a question sent to both processes with one idempotency key is one question', async () => {
    const submission = questionSubmission({ title: `Câu hỏi gửi hai lần ${randomBytes(3).toString('hex')}` });
    const headers = { ...origin, 'idempotency-key': `cluster-${randomBytes(8).toString('hex')}` };
    const answers = await Promise.all([a, b, a, b].map((client) => client.send('POST', '/api/v1/qa/questions', submission, headers)));
    assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201, 201], JSON.stringify(answers.map((answer) => answer.body)));
    const codes = new Set(answers.map((answer) => (answer.body as QuestionReceipt).trackingCode));
    assert.equal(codes.size, 1, 'every copy answered with the same receipt');
    const stored = await testDatabase.database.db.selectFrom('questions').select('id').where('title', '=', submission.title).execute();
    assert.equal(stored.length, 1, 'one question stored');
  });

  test('votes sent to both processes at once count exactly once each', async () => {
    // Every voter here shares the test's one address: the daily cap per address is not what this counts.
    const poll = await a.send('POST', '/api/v1/admin/polls', pollInput({ maxVotesPerAddressPerDay: 1_000_000 }), admin);
    assert.equal(poll.status, 201, JSON.stringify(poll.body));
    const pollId = (poll.body as { id: string }).id;
    const voters = 60;
    const options = ['tot', 'binh-thuong', 'chua-tot'];
    // Each voter's vote, twice on each process, all at once.
    const sent = Array.from({ length: voters }, (_, voter) =>
      [a, b, a, b].map((client) => client.send('POST', `/api/v1/polls/${pollId}/votes`, { voterToken: `cluster-voter-${String(voter).padStart(6, '0')}`, optionIds: [options[voter % 3] ?? 'tot'] }, origin).then((answer) => ({ voter, answer }))),
    ).flat();
    const counted = new Array<number>(voters).fill(0);
    for (const { voter, answer } of await Promise.all(sent)) {
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      if ((answer.body as VoteReceipt).counted) counted[voter] = (counted[voter] ?? 0) + 1;
    }
    assert.deepEqual(new Set(counted), new Set([1]), 'each voter counted exactly once');
    const { recount, tallies } = await recountAndTallies(testDatabase.database.db, pollId);
    assert.deepEqual(tallies, recount, 'the tallies equal a recount of the vote rows');
    assert.deepEqual(recount, { '*': voters, tot: 20, 'binh-thuong': 20, 'chua-tot': 20 }, 'the vote rows');
    for (const client of [a, b]) {
      const results = (await client.send('GET', `/api/v1/polls/${pollId}/results`)).body as PollResults;
      assert.equal(results.total, voters, 'both processes report every vote');
    }
  });
});
