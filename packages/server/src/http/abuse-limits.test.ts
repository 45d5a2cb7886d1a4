// Per-route limits instead of one library default: a few questions a minute and a daily cap per
// client, generous limits for votes and page views (a whole office shares one address), 429 with
// Retry-After; and the client address comes from X-Forwarded-For only through a configured proxy.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { commentSubmission, createOpenDraft, createPoll, questionSubmission, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { defaultRateLimits, type RateLimits } from '../config.js';

const ask = (t: TestApp, headers: Record<string, string> = {}, remoteAddress = '203.0.113.10') =>
  t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload: questionSubmission(), headers, remoteAddress });

function assertRateLimited(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, atLeastSeconds: number): void {
  assert.equal(response.statusCode, 429);
  assert.equal((response.json() as { code: string }).code, 'rate-limited');
  const retryAfter = Number(response.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= atLeastSeconds, `Retry-After: ${String(response.headers['retry-after'])}`);
}

// Limits live in the server process's memory, whatever the database: one dialect is enough.
describe('abuse limits', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', { config: { rateLimits: defaultRateLimits } });
    await seedAgencies(t);
  });
  after(() => t.close());

  test('each route has its own limit: questions and comments few, votes and page views generous', async () => {
    const pollId = await createPoll(t);
    const draftId = await createOpenDraft(t);
    const limitOf = async (method: 'POST' | 'GET', url: string, payload?: object) =>
      Number((await t.app.inject({ method, url, remoteAddress: '198.51.100.200', ...(payload === undefined ? {} : { payload }) })).headers['x-ratelimit-limit']);
    const limits: [string, number, number][] = [
      ['questions', await limitOf('POST', '/api/v1/qa/questions', questionSubmission()), defaultRateLimits.questions],
      ['comments', await limitOf('POST', `/api/v1/legal-documents/${draftId}/comments`, commentSubmission()), defaultRateLimits.comments],
      ['challenges', await limitOf('POST', '/api/v1/bot-check/challenges', { operation: 'submitQuestion' }), defaultRateLimits.challenges],
      ['votes', await limitOf('POST', `/api/v1/polls/${pollId}/votes`, { voterToken: voterToken(1), optionIds: ['tot'] }), defaultRateLimits.votes],
      ['page views', await limitOf('POST', '/api/v1/visits/hits', { path: '/' }), defaultRateLimits.visits],
    ];
    for (const [name, applied, configured] of limits) assert.equal(applied, configured, name);
    assert.ok(defaultRateLimits.questions <= 5 && defaultRateLimits.comments <= 10, 'a few questions and comments a minute');
    assert.ok(defaultRateLimits.votes >= 100 * defaultRateLimits.questions, 'votes: an office behind one address');
    assert.ok(defaultRateLimits.visits >= 10 * defaultRateLimits.votes, 'page views: an office behind one address');
  });

  test('over the per-minute limit, a 429 problem with Retry-After', async () => {
    for (let n = 0; n < defaultRateLimits.questions; n += 1) assert.equal((await ask(t, {}, '203.0.113.20')).statusCode, 201);
    assertRateLimited(await ask(t, {}, '203.0.113.20'), 1);
    assert.equal((await ask(t, {}, '203.0.113.21')).statusCode, 201, 'another client is not limited');
  });

  test('a forged X-Forwarded-For changes nothing when no proxy is configured', async () => {
    for (let n = 0; n < defaultRateLimits.questions; n += 1) assert.equal((await ask(t, { 'x-forwarded-for': `192.0.2.${n}` }, '203.0.113.30')).statusCode, 201);
    assertRateLimited(await ask(t, { 'x-forwarded-for': '192.0.2.99' }, '203.0.113.30'), 1);
    assertRateLimited(await ask(t, { 'x-forwarded-for': '203.0.113.31' }, '203.0.113.30'), 1);
  });
});

describe('abuse limits behind a proxy', () => {
  const proxy = '10.0.0.5';
  let t: TestApp;
  const limits: RateLimits = { ...defaultRateLimits, questions: 1000, questionsPerDay: 3 };
  before(async () => {
    t = await startTestApp('sqlite', { config: { rateLimits: limits, trustProxy: [proxy] } });
    await seedAgencies(t);
  });
  after(() => t.close());

  test('the daily cap per client holds across minutes, with a Retry-After of hours', async () => {
    for (let n = 0; n < limits.questionsPerDay; n += 1) assert.equal((await ask(t, { 'x-forwarded-for': '198.51.100.1' }, proxy)).statusCode, 201);
    assertRateLimited(await ask(t, { 'x-forwarded-for': '198.51.100.1' }, proxy), 3600);
  });

  test('the configured proxy tells clients apart; a client cannot pose as another through it', async () => {
    assert.equal((await ask(t, { 'x-forwarded-for': '198.51.100.2' }, proxy)).statusCode, 201, 'another client behind the proxy');
    // The proxy appends the address it saw: whatever the client wrote before it is not believed.
    for (const forged of ['198.51.100.50', '198.51.100.51, 198.51.100.52']) {
      assertRateLimited(await ask(t, { 'x-forwarded-for': `${forged}, 198.51.100.1` }, proxy), 3600);
    }
  });

  test('X-Forwarded-For from anyone but the proxy is ignored', async () => {
    for (let n = 0; n < limits.questionsPerDay; n += 1) assert.equal((await ask(t, { 'x-forwarded-for': `198.51.100.${60 + n}` }, '203.0.113.77')).statusCode, 201);
    assertRateLimited(await ask(t, { 'x-forwarded-for': '198.51.100.99' }, '203.0.113.77'), 3600);
  });
});
