import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { safeParse, Poll, PollResults, VoteReceipt, type AdminPollList } from '@vn-portal/schema';
import { adminRequest, createPoll, pollInput, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const hour = 3_600_000;

for (const dialect of testDialects) {
  describe(`polls (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const vote = (pollId: string, token: string, optionIds: string[]) =>
      t.app.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: token, optionIds } });

    test('a vote counts once per voter token, with percentages adding up to 100', async () => {
      const id = await createPoll(t);
      const first = await vote(id, voterToken(1), ['tot']);
      assert.equal(first.statusCode, 200);
      const receipt = first.json<VoteReceipt>();
      assert.ok(safeParse(VoteReceipt, receipt).success, 'the vote receipt answers the VoteReceipt schema');
      assert.equal(receipt.counted, true);
      const again = (await vote(id, voterToken(1), ['chua-tot'])).json<VoteReceipt>();
      assert.equal(again.counted, false);
      assert.equal(again.results.total, 1);
      assert.equal(again.results.options.find((option) => option.id === 'tot')?.count, 1);
      await vote(id, voterToken(2), ['binh-thuong']);
      await vote(id, voterToken(3), ['chua-tot']);
      const results = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${id}/results?voterToken=${voterToken(1)}` })).json<PollResults>();
      assert.equal(results.total, 3);
      assert.equal(results.voted, true);
      assert.deepEqual(results.options.map((option) => option.percent), [34, 33, 33]);
      assert.equal(results.options.reduce((sum, option) => sum + option.percent, 0), 100);
    });

    test('choices are checked against the poll', async () => {
      const id = await createPoll(t);
      const unknown = await vote(id, voterToken(10), ['khong-co']);
      assert.equal(unknown.statusCode, 422);
      const tooMany = await vote(id, voterToken(10), ['tot', 'binh-thuong']);
      assert.equal(tooMany.statusCode, 422);
      const multi = await createPoll(t, { kind: 'multiple', maxChoices: 2 });
      assert.equal((await vote(multi, voterToken(10), ['tot', 'binh-thuong'])).statusCode, 200);
      assert.equal((await vote(multi, voterToken(11), ['tot', 'tot'])).statusCode, 422);
      const results = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${multi}/results` })).json<PollResults>();
      assert.equal(results.total, 1, 'the total counts voters, not ticks');
    });

    test('upcoming and closed polls refuse votes; the latest poll is the open one', async () => {
      const now = t.clock.now().getTime();
      const upcoming = await createPoll(t, { opensAt: new Date(now + hour).toISOString() });
      const closed = await createPoll(t, { opensAt: new Date(now - 2 * hour).toISOString(), closesAt: new Date(now - hour).toISOString() });
      const upcomingVote = await vote(upcoming, voterToken(20), ['tot']);
      assert.equal(upcomingVote.statusCode, 409);
      assert.equal(upcomingVote.json<{ code: string }>().code, 'poll-not-open');
      assert.equal((await vote(closed, voterToken(20), ['tot'])).statusCode, 409);
      const poll = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${upcoming}` })).json<Poll>();
      assert.equal(poll.state, 'upcoming');
      t.clock.advance(2 * hour);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/polls/${upcoming}` })).json<Poll>().state, 'open');
      assert.equal((await vote(upcoming, voterToken(20), ['tot'])).statusCode, 200);
      const latest = (await t.app.inject({ method: 'GET', url: '/api/v1/polls/latest?agency=ubnd-tinh' })).json<Poll>();
      assert.equal(latest.state, 'open');
      const none = await t.app.inject({ method: 'GET', url: '/api/v1/polls/latest?agency=stttt' });
      assert.deepEqual([none.statusCode, none.json()], [200, null], 'no current poll is an answer, not an error');
    });

    test('results follow the visibility policy', async () => {
      const now = t.clock.now().getTime();
      const afterVote = await createPoll(t, { resultsVisibility: 'after-vote' });
      await vote(afterVote, voterToken(30), ['tot']);
      const hidden = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${afterVote}/results?voterToken=${voterToken(31)}` })).json<PollResults>();
      assert.equal(hidden.visible, false);
      assert.equal(hidden.total, 0);
      const shown = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${afterVote}/results?voterToken=${voterToken(30)}` })).json<PollResults>();
      assert.equal(shown.visible, true);
      assert.equal(shown.total, 1);
      const afterClose = await createPoll(t, { resultsVisibility: 'after-close', closesAt: new Date(now + hour).toISOString() });
      const receipt = (await vote(afterClose, voterToken(32), ['tot'])).json<VoteReceipt>();
      assert.equal(receipt.results.visible, false);
      t.clock.advance(2 * hour);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/polls/${afterClose}/results` })).json<PollResults>().visible, true);
    });

    test('admins create, update and delete polls; options freeze once voted on', async () => {
      const id = await createPoll(t);
      const renamed = await adminRequest<Poll>(t, 'PUT', `/api/v1/admin/polls/${id}`, pollInput({ question: { vi: 'Câu hỏi mới' } }));
      assert.equal(renamed.question.vi, 'Câu hỏi mới');
      await vote(id, voterToken(40), ['tot']);
      await adminRequest<Poll>(t, 'PUT', `/api/v1/admin/polls/${id}`, pollInput({ question: { vi: 'Sửa lại câu hỏi' } }));
      const kept = (await t.app.inject({ method: 'GET', url: `/api/v1/polls/${id}/results` })).json<PollResults>();
      assert.equal(kept.total, 1, 'editing the wording keeps the votes');
      const changedOptions = pollInput({ options: [{ id: 'co', label: { vi: 'Có' } }, { id: 'khong', label: { vi: 'Không' } }] });
      const frozen = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/polls/${id}`, headers: t.admin, payload: changedOptions });
      assert.equal(frozen.statusCode, 409);
      const bad = await t.app.inject({ method: 'POST', url: '/api/v1/admin/polls', headers: t.admin, payload: pollInput({ maxChoices: 2 }) });
      assert.equal(bad.statusCode, 422);
      const unknownAgency = await t.app.inject({ method: 'POST', url: '/api/v1/admin/polls', headers: t.admin, payload: pollInput({ agency: 'khong-co' }) });
      assert.equal(unknownAgency.statusCode, 422);
      await adminRequest(t, 'DELETE', `/api/v1/admin/polls/${id}`, undefined, 204);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/polls/${id}` })).statusCode, 404);
    });

    test('editors list an agency\'s polls, newest first, each with its state; a key sees only its agencies\' polls', async () => {
      const first = await createPoll(t, { agency: 'stttt', question: { vi: 'Bình chọn thứ nhất của Sở' } });
      t.clock.current = new Date(t.clock.now().getTime() + 1000);
      const second = await createPoll(t, { agency: 'stttt', question: { vi: 'Bình chọn thứ hai của Sở' } });
      const list = await adminRequest<AdminPollList>(t, 'GET', '/api/v1/admin/polls?agency=stttt');
      assert.deepEqual(list.items.slice(0, 2).map((poll) => poll.id), [second, first], 'newest first');
      assert.ok(list.items.every((poll) => poll.agency === 'stttt' && poll.state === 'open'), 'only the agency\'s polls, with their state');
      assert.equal(list.total, list.items.length, 'the total counts the agency\'s polls');
      const everyAgency = await adminRequest<AdminPollList>(t, 'GET', '/api/v1/admin/polls?pageSize=100');
      assert.ok(everyAgency.items.some((poll) => poll.agency !== 'stttt'), 'an unscoped key lists every agency\'s polls');
      const paged = await adminRequest<AdminPollList>(t, 'GET', '/api/v1/admin/polls?agency=stttt&pageSize=1&page=2');
      assert.deepEqual([paged.items.map((poll) => poll.id), paged.page, paged.pageSize], [[first], 2, 1], 'a page at a time');
      const scoped = await adminRequest<{ secret: string }>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Biên tập của Sở', role: 'editor', agencies: ['stttt'] }, 201);
      const headers = { authorization: `Bearer ${scoped.secret}` };
      const own = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/polls?pageSize=100', headers })).json<AdminPollList>();
      assert.ok(own.items.length >= 2 && own.items.every((poll) => poll.agency === 'stttt'), 'a scoped key lists its agency\'s polls only');
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/polls?agency=ubnd-tinh', headers })).statusCode, 403, 'and may not ask for another agency\'s');
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/polls?pageSize=500', headers: t.admin })).statusCode, 400, 'a page too large is refused');
    });
  });
}
