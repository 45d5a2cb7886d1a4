import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { ApiProblemError, PortalError, createPortalClient } from './index.js';

const poll = {
  id: 'p1',
  agency: 'stttt',
  question: { vi: 'Bạn đánh giá thế nào về cổng thông tin?' },
  kind: 'single',
  maxChoices: 1,
  options: [
    { id: 'a', label: { vi: 'Tốt' } },
    { id: 'b', label: { vi: 'Chưa tốt' } },
  ],
  state: 'open',
  resultsVisibility: 'always',
};

/** A loopback HTTP server speaking the wire format the SDK must handle: JSON, ETags, problems, delays. */
const requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let route: (request: IncomingMessage, response: ServerResponse, body: string) => void = () => undefined;
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    route(request, response, body);
  });
});
let baseUrl = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (requests.length = 0));

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

test('builds the URL from the contract: path under /api/v1, repeated query keys, default agency', async () => {
  route = (_request, response) => json(response, 200, { items: [], total: 0, page: 1, pageSize: 20, facets: { type: [], issuer: [], field: [], year: [], status: [] } });
  const client = createPortalClient({ baseUrl, agency: 'stttt' });
  const result = await client.searchLegalDocuments({ q: 'quyết định', type: ['decision', 'decree'], year: [2024] });
  assert.equal(result.total, 0);
  const url = new URL(requests[0]?.url ?? '', baseUrl);
  assert.equal(url.pathname, '/api/v1/legal-documents');
  assert.deepEqual(url.searchParams.getAll('type'), ['decision', 'decree']);
  assert.equal(url.searchParams.get('q'), 'quyết định');
  assert.equal(url.searchParams.get('agency'), 'stttt');
  await client.getPoll({ id: 'p/1 x' }).catch(() => undefined);
  assert.equal(requests[1]?.url, '/api/v1/polls/p%2F1%20x');
});

test('validates responses: extra fields tolerated, missing or wrong ones rejected', async () => {
  route = (_request, response) => json(response, 200, { ...poll, somethingNew: true });
  const client = createPortalClient({ baseUrl });
  const ok = await client.getPoll({ id: 'p1' });
  assert.equal(ok.question.vi, 'Bạn đánh giá thế nào về cổng thông tin?');
  assert.equal('somethingNew' in ok, false);
  route = (_request, response) => json(response, 200, { ...poll, options: 'none' });
  await assert.rejects(client.getPoll({ id: 'p2' }), (error: unknown) => error instanceof PortalError && error.kind === 'validation');
});

test('revalidates with ETag and serves the cached body on 304', async () => {
  route = (request, response) => {
    if (request.headers['if-none-match'] === '"v1"') {
      response.writeHead(304, { ETag: '"v1"' });
      response.end();
    } else json(response, 200, poll, { ETag: '"v1"' });
  };
  const client = createPortalClient({ baseUrl });
  const first = await client.getPoll({ id: 'p1' });
  const second = await client.getPoll({ id: 'p1' });
  assert.deepEqual(second, first);
  assert.equal(requests.length, 2);
  assert.equal(requests[1]?.headers['if-none-match'], '"v1"');
});

test('identical GETs in flight share one request; one caller aborting does not cancel the others', async () => {
  route = (_request, response) => setTimeout(() => json(response, 200, poll), 50);
  const client = createPortalClient({ baseUrl });
  const leaving = new AbortController();
  const calls = [client.getPoll({ id: 'p1' }), client.getPoll({ id: 'p1' }, { signal: leaving.signal }), client.getPoll({ id: 'p1' })];
  leaving.abort();
  const [a, b, c] = await Promise.allSettled(calls);
  assert.equal(requests.length, 1);
  assert.equal(a?.status, 'fulfilled');
  assert.equal(c?.status, 'fulfilled');
  assert.ok(b?.status === 'rejected' && b.reason instanceof PortalError, 'the failing request of the batch rejects with a PortalError');
  assert.equal(b.reason.kind, 'abort');
});

/**
 * Answers the poll `ms` after each request; the promise settles once the server has the first.
 * Tests that abort wait for it, so that no request of theirs reaches the server during the next test.
 */
function answerAfter(ms: number): Promise<void> {
  return new Promise((resolve) => {
    route = (_request, response) => {
      resolve();
      setTimeout(() => json(response, 200, poll), ms);
    };
  });
}

test('the request is aborted when every caller aborts', async () => {
  const received = answerAfter(200);
  const client = createPortalClient({ baseUrl });
  const controller = new AbortController();
  const call = client.getPoll({ id: 'p1' }, { signal: controller.signal });
  await received;
  controller.abort();
  await assert.rejects(call, (error: unknown) => error instanceof PortalError && error.kind === 'abort');
});

test('a caller arriving after every other caller left gets a request of its own, not their abort', async () => {
  const firstArrived = answerAfter(100);
  const client = createPortalClient({ baseUrl });
  const controller = new AbortController();
  const left = assert.rejects(client.getPoll({ id: 'p1' }, { signal: controller.signal }), (error: unknown) => error instanceof PortalError && error.kind === 'abort');
  // Left once the server has it: the request is aborted, but its promise has not settled yet.
  await firstArrived;
  controller.abort();
  const arriving = await client.getPoll({ id: 'p1' });
  await left;
  assert.equal(arriving.id, 'p1');
  assert.equal(requests.length, 2, 'the request left by its caller, and one for the caller arriving');
});

test('problems become ApiProblemError with code, field errors and Retry-After', async () => {
  route = (_request, response) =>
    json(response, 422, {
      type: 'https://vn-portal.dev/problems/validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      code: 'validation-failed',
      errors: [{ path: 'optionIds', code: 'too_small', message: 'Chọn ít nhất một phương án' }],
    });
  const client = createPortalClient({ baseUrl, retry: 0 });
  const error = await client.vote({ id: 'p1', body: { voterToken: 'token-0123456789abcdef', optionIds: ['a'] } }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ApiProblemError, 'a problem answer rejects with an ApiProblemError');
  assert.equal(error.status, 422);
  assert.equal(error.code, 'validation-failed');
  assert.equal(error.fieldErrors[0]?.path, 'optionIds');
  route = (_request, response) => json(response, 429, { type: 'about:blank', title: 'Too many', status: 429, code: 'rate-limited' }, { 'Retry-After': '7' });
  const limited = await client.vote({ id: 'p1', body: { voterToken: 'token-0123456789abcdef', optionIds: ['a'] } }).catch((caught: unknown) => caught);
  assert.ok(limited instanceof ApiProblemError, 'a 429 answer rejects with an ApiProblemError');
  assert.equal(limited.retryAfter, 7);
  route = (_request, response) => {
    response.writeHead(502, { 'Content-Type': 'text/html' });
    response.end('<h1>Bad gateway</h1>');
  };
  const gateway = await client.getPortal().catch((caught: unknown) => caught);
  assert.ok(gateway instanceof ApiProblemError, 'a gateway error rejects with an ApiProblemError');
  assert.equal(gateway.status, 502);
  assert.equal(gateway.code, 'unavailable');
});

test('sends an idempotency key on creating operations, the caller’s when given', async () => {
  route = (request, response) => {
    // A question needs a proof of work: the client asks for a challenge first (solved at once at 0 bits).
    if (request.url === '/api/v1/bot-check/challenges') json(response, 201, { challenge: 'v1.test', algorithm: 'sha-256', bits: 0, expiresAt: '2026-11-25T03:10:00.000Z' });
    else json(response, 201, { trackingCode: 'HD-2026-0001', state: 'received', receivedAt: '2026-11-25T03:00:00.000Z', dueDate: '2026-12-16' });
  };
  const client = createPortalClient({ baseUrl, locale: 'en' });
  const body = {
    asker: { kind: 'individual' as const, fullName: 'Nguyễn Văn An', email: 'an@example.vn' },
    topic: 'dau-tu',
    title: 'Thủ tục đầu tư',
    content: 'Xin hỏi thủ tục.',
    consent: { accepted: true as const, version: '2026-01' },
  };
  const receipt = await client.submitQuestion({ body }, { idempotencyKey: 'key-123456789' });
  assert.equal(receipt.dueDate, '2026-12-16');
  const [challenge, first] = requests;
  assert.ok(challenge && first, 'the client sent a challenge request and then the question');
  assert.deepEqual(JSON.parse(challenge.body), { operation: 'submitQuestion' });
  assert.equal(first.headers['idempotency-key'], 'key-123456789');
  assert.equal(first.headers['proof-of-work'], 'v1.test:0');
  assert.equal(first.headers['accept-language'], 'en');
  assert.deepEqual(JSON.parse(first.body), body);
  await client.submitQuestion({ body });
  assert.match(String(requests[3]?.headers['idempotency-key']), /^[A-Za-z0-9_-]{22}$/);
});

test('timeouts, unreachable servers and 204 answers', async () => {
  const received = answerAfter(3000);
  const slow = createPortalClient({ baseUrl, timeout: 400, retry: 0 });
  await assert.rejects(slow.getPoll({ id: 'p1' }), (error: unknown) => error instanceof PortalError && error.kind === 'timeout');
  await received;
  const nowhere = createPortalClient({ baseUrl: 'http://127.0.0.1:9', retry: 0 });
  await assert.rejects(nowhere.getPortal(), (error: unknown) => error instanceof PortalError && error.kind === 'network');
  route = (_request, response) => {
    response.writeHead(204);
    response.end();
  };
  await createPortalClient({ baseUrl }).heartbeat({ body: { session: 'session-0123456789ab' } });
  assert.equal(requests.at(-1)?.url, '/api/v1/visits/heartbeats');
});

/** Answers each request with the next scripted reply, then with the poll. */
function replyInTurn(...replies: ((response: ServerResponse) => void)[]) {
  route = (_request, response) => (replies.shift() ?? ((answer: ServerResponse) => json(answer, 200, poll)))(response);
}
const problemStatus =
  (status: number, headers: Record<string, string> = {}) =>
  (response: ServerResponse) =>
    json(response, status, { type: 'about:blank', title: `HTTP ${status}`, status, code: status === 429 ? 'rate-limited' : 'unavailable' }, headers);
const isProblemWith = (status: number) => (error: unknown) => error instanceof ApiProblemError && error.status === status;

test('a GET is retried after a retryable status, waiting as Retry-After says', async () => {
  replyInTurn(problemStatus(503, { 'Retry-After': '0' }), problemStatus(429, { 'Retry-After': '0' }));
  const result = await createPortalClient({ baseUrl }).getPoll({ id: 'p1' });
  assert.equal(result.id, 'p1');
  assert.equal(requests.length, 3);
});

test('retries stop at the limit, and the last answer is the error', async () => {
  replyInTurn(problemStatus(502), problemStatus(502), problemStatus(502));
  await assert.rejects(createPortalClient({ baseUrl, retry: 2 }).getPoll({ id: 'p1' }), isProblemWith(502));
  assert.equal(requests.length, 3);
});

test('a POST is sent once, whatever the answer: only its caller knows whether repeating it is safe', async () => {
  replyInTurn(problemStatus(503, { 'Retry-After': '0' }));
  const body = { voterToken: 'token-0123456789abcdef', optionIds: ['a'] };
  await assert.rejects(createPortalClient({ baseUrl }).vote({ id: 'p1', body }), isProblemWith(503));
  const [sent, ...again] = requests;
  assert.ok(sent, 'the POST was sent');
  assert.equal(again.length, 0);
  assert.equal(sent.method, 'POST');
  assert.equal(sent.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(sent.body), body);
});

test('4xx answers other than 408, 413 and 429 are not retried', async () => {
  replyInTurn(problemStatus(404));
  await assert.rejects(createPortalClient({ baseUrl }).getPoll({ id: 'p1' }), isProblemWith(404));
  assert.equal(requests.length, 1);
});

test('a server asking to wait too long is not waited for: the caller gets its answer and Retry-After', async () => {
  replyInTurn(problemStatus(503, { 'Retry-After': '3600' }));
  const error = await createPortalClient({ baseUrl }).getPoll({ id: 'p1' }).catch((caught: unknown) => caught);
  assert.ok(isProblemWith(503)(error), 'the 503 is the error');
  assert.equal((error as ApiProblemError).retryAfter, 3600);
  assert.equal(requests.length, 1);
});

test('a request that takes longer than the timeout fails with a timeout error, not retried', async () => {
  // The timeout leaves a loaded machine time to deliver the request, which the server must have before the test ends.
  const received = answerAfter(3000);
  await assert.rejects(createPortalClient({ baseUrl, timeout: 400 }).getPoll({ id: 'p1' }), (error: unknown) => error instanceof PortalError && error.kind === 'timeout');
  await received;
  assert.equal(requests.length, 1, 'one request, not retried after its timeout');
});

test('the caller aborting stops the request and any wait for a retry', async () => {
  replyInTurn(problemStatus(503, { 'Retry-After': '5' }));
  const controller = new AbortController();
  const pending = createPortalClient({ baseUrl }).getPoll({ id: 'p1' }, { signal: controller.signal });
  // Aborted once the 503 has been answered, during the wait for the retry.
  while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  setTimeout(() => controller.abort(), 20);
  const started = Date.now();
  await assert.rejects(pending, (error: unknown) => error instanceof PortalError && error.kind === 'abort');
  assert.ok(Date.now() - started < 2000, 'the caller is answered at once, not after the 5 s wait');
  assert.equal(requests.length, 1);
});

test('network failures of a GET are retried', async () => {
  let calls = 0;
  const flaky: typeof fetch = (input, init) => (++calls < 3 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
  route = (_request, response) => json(response, 200, poll);
  const result = await createPortalClient({ baseUrl, fetch: flaky }).getPoll({ id: 'p1' });
  assert.equal(result.id, 'p1');
  assert.equal(calls, 3);
});
