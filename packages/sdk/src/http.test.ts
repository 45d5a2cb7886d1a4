import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { createHttp, HttpStatusError, HttpTimeoutError } from './http.js';

/** Answers each request with the next scripted reply; counts what arrived. */
let replies: ((response: ServerResponse) => void)[] = [];
const seen: { method: string; body: string; contentType: string | undefined }[] = [];
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    seen.push({ method: request.method ?? '', body, contentType: request.headers['content-type'] });
    const reply = replies.shift() ?? ((answer: ServerResponse) => answer.writeHead(200).end('{}'));
    reply(response);
  });
});
let url = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  replies = [];
});

const status =
  (code: number, headers: Record<string, string> = {}) =>
  (response: ServerResponse) =>
    response.writeHead(code, headers).end('{}');
const http = (retry = 2, timeout = 2000) => createHttp({ timeout, retry, headers: { Accept: 'application/json' } });

test('a GET is retried after a retryable status, waiting as Retry-After says', async () => {
  replies = [status(503, { 'Retry-After': '0' }), status(429, { 'Retry-After': '0' }), status(200)];
  const response = await http()(url, { method: 'GET', headers: {} });
  assert.equal(response.status, 200);
  assert.equal(seen.length, 3);
});

test('retries stop at the limit, and the last answer is the error', async () => {
  replies = [status(502), status(502), status(502), status(200)];
  await assert.rejects(http(2)(url, { method: 'GET', headers: {} }), (error: unknown) => error instanceof HttpStatusError && error.response.status === 502);
  assert.equal(seen.length, 3);
});

test('a POST is sent once, whatever the answer: only its caller knows whether repeating it is safe', async () => {
  replies = [status(503, { 'Retry-After': '0' })];
  await assert.rejects(http()(url, { method: 'POST', headers: {}, json: { a: 1 } }), HttpStatusError);
  assert.deepEqual(seen, [{ method: 'POST', body: '{"a":1}', contentType: 'application/json' }]);
});

test('4xx answers other than 408 and 429 are not retried', async () => {
  replies = [status(404), status(200)];
  await assert.rejects(http()(url, { method: 'GET', headers: {} }), (error: unknown) => error instanceof HttpStatusError && error.response.status === 404);
  assert.equal(seen.length, 1);
});

test('a server asking to wait too long is not waited for', async () => {
  replies = [status(503, { 'Retry-After': '3600' }), status(200)];
  await assert.rejects(http()(url, { method: 'GET', headers: {} }), (error: unknown) => error instanceof HttpStatusError && error.response.status === 503);
  assert.equal(seen.length, 1);
});

test('a request that takes longer than the timeout fails with HttpTimeoutError, not retried', async () => {
  replies = [(response) => setTimeout(() => response.writeHead(200).end('{}'), 500)];
  await assert.rejects(http(2, 50)(url, { method: 'GET', headers: {} }), HttpTimeoutError);
  assert.equal(seen.length, 1);
});

test('the caller aborting stops the request and any wait for a retry', async () => {
  const controller = new AbortController();
  replies = [status(503, { 'Retry-After': '5' })];
  const pending = http()(url, { method: 'GET', headers: {}, signal: controller.signal });
  setTimeout(() => controller.abort(), 100);
  await assert.rejects(pending, (error: unknown) => error instanceof Error && error.name === 'AbortError');
  assert.equal(seen.length, 1);
});

test('network failures of a GET are retried', async () => {
  let calls = 0;
  const flaky: typeof fetch = (input, init) => (++calls < 3 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
  const response = await createHttp({ timeout: 2000, retry: 2, fetch: flaky, headers: {} })(url, { method: 'GET', headers: {} });
  assert.equal(response.status, 200);
  assert.equal(calls, 3);
});
