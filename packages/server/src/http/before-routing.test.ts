import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { problemIn, sendRaw } from '../../test/raw-http.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const bigHeader = `x-padding: ${'a'.repeat(20_000)}\r\n`;

/** Requests refused before any route runs, with the status each must get. */
const refusedBeforeRouting: { name: string; request: string; status: number }[] = [
  { name: 'headers over the size limit', request: `GET /api/v1/portal HTTP/1.1\r\nhost: a\r\n${bigHeader}connection: close\r\n\r\n`, status: 431 },
  { name: 'a request line that is not HTTP', request: 'GARBAGE\r\n\r\n', status: 400 },
  { name: 'an unknown HTTP version', request: 'GET / HTTP/7.0\r\nhost: a\r\n\r\n', status: 400 },
  { name: 'a space in the target', request: 'GET /api/v1/portal x HTTP/1.1\r\nhost: a\r\n\r\n', status: 400 },
  { name: 'Content-Length beside Transfer-Encoding', request: 'POST /api/v1/visits/hits HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\r\ncontent-length: 5\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n', status: 400 },
  { name: 'two different Content-Lengths', request: 'POST /api/v1/visits/hits HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}', status: 400 },
  { name: 'a NUL in Content-Type', request: 'POST /api/v1/visits/hits HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\u0000x\r\ncontent-length: 2\r\n\r\n{}', status: 400 },
  { name: 'a header name with a space', request: 'GET /api/v1/portal HTTP/1.1\r\nhost: a\r\nbad header: 1\r\n\r\n', status: 400 },
  { name: 'a broken chunk size', request: 'POST /api/v1/visits/hits HTTP/1.1\r\nhost: a\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n', status: 400 },
  { name: 'an HTTP/1.1 request without Host', request: 'GET /api/v1/portal HTTP/1.1\r\nconnection: close\r\n\r\n', status: 400 },
  { name: 'an unknown route', request: 'GET /api/v1/nowhere HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n', status: 404 },
  { name: 'another method on a known path', request: 'DELETE /api/v1/portal HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n', status: 405 },
  { name: 'a method no route knows', request: 'PROPFIND /api/v1/portal HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n', status: 404 },
  { name: 'a URL with broken percent-encoding', request: 'GET /api/v1/polls/%E0%A4%A HTTP/1.1\r\nhost: a\r\nconnection: close\r\n\r\n', status: 400 },
];

for (const dialect of testDialects) {
  describe(`errors before routing, over a socket (${dialect})`, () => {
    let t: TestApp;
    let port: number;
    before(async () => {
      t = await startTestApp(dialect);
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      port = (t.app.server.address() as AddressInfo).port;
    });
    after(() => t.close());

    test('every refusal is problem+json with the status it names', async () => {
      const wrong: string[] = [];
      for (const { name, request, status } of refusedBeforeRouting) {
        const answer = await sendRaw(port, request);
        const problem = problemIn(answer);
        if (answer.status !== status || !answer.headers['content-type']?.startsWith('application/problem+json') || problem.status !== status || problem.code === undefined) {
          wrong.push(`${name}: ${answer.status} ${answer.headers['content-type'] ?? ''} ${answer.body.slice(0, 160)}`);
        }
      }
      assert.deepEqual(wrong, []);
    });

    test('the problem speaks the language the client asks for, even before routing', async () => {
      const tooLarge = await sendRaw(port, `GET /api/v1/portal HTTP/1.1\r\nhost: a\r\naccept-language: vi-VN,vi;q=0.9,en;q=0.5\r\n${bigHeader}\r\n`);
      assert.equal(tooLarge.status, 431, tooLarge.body);
      assert.equal(tooLarge.headers['content-language'], 'vi');
      assert.equal(problemIn(tooLarge).title, 'Không đọc được yêu cầu');
      const missing = await sendRaw(port, 'GET /api/v1/nowhere HTTP/1.1\r\nhost: a\r\naccept-language: vi\r\nconnection: close\r\n\r\n');
      assert.equal(problemIn(missing).title, 'Không tìm thấy');
      const english = await sendRaw(port, 'GET /api/v1/nowhere HTTP/1.1\r\nhost: a\r\naccept-language: en-GB,vi;q=0.2\r\nconnection: close\r\n\r\n');
      assert.equal(problemIn(english).title, 'Not found');
    });
  });
}
