// ky's hooks, passed through the SDK's transport options, against the reference server: what a
// site's developer writes (a header on every request, re-authentication, logging of retries and
// failures) acts on real answers.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ApiProblemError, createPortalClient } from '@vn-portal/sdk';
import { createAdminClient } from '@vn-portal/sdk/admin';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { testDialects } from '../test/test-database.js';

for (const dialect of testDialects) {
  describe(`SDK hooks against the reference server (${dialect})`, () => {
    let t: TestApp;
    let baseUrl = '';

    before(async () => {
      t = await startTestApp(dialect);
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    });
    after(() => t.close());

    test('beforeRequest adds a header to every request: the server authenticates the key it sets', async () => {
      const urls: string[] = [];
      const admin = createAdminClient({
        baseUrl,
        apiKey: 'a-key-since-replaced',
        retry: 0,
        hooks: {
          beforeRequest: [
            (request) => {
              urls.push(request.url);
              request.headers.set('Authorization', t.admin.authorization);
            },
          ],
        },
      });
      const { items } = await admin.listApiKeys();
      assert.ok(items.length >= 1, 'the key set by the hook was accepted');
      assert.deepEqual(urls, [`${baseUrl}/api/v1/admin/api-keys`]);
    });

    test('afterResponse sees each answer and may replace it: a 401 is answered by the request sent again with a fresh key', async () => {
      const statuses: number[] = [];
      const admin = createAdminClient({
        baseUrl,
        apiKey: 'an-expired-key',
        retry: 0,
        hooks: {
          afterResponse: [
            (request, _options, response) => {
              statuses.push(response.status);
              if (response.status !== 401) return response;
              const again = new Request(request);
              again.headers.set('Authorization', t.admin.authorization);
              return fetch(again);
            },
          ],
        },
      });
      const { items } = await admin.listApiKeys();
      assert.ok(items.length >= 1, 'the answer to the request sent again is the result');
      assert.deepEqual(statuses, [401]);
    });

    test('beforeRetry is called before each retry, with the error and the retry count', async () => {
      const retries: { retryCount: number; error: string }[] = [];
      let calls = 0;
      // The first connection drops, as a flaky mobile network does; the retry reaches the server.
      const dropsFirst: typeof fetch = (input, init) => (++calls === 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
      const portal = createPortalClient({
        baseUrl,
        fetch: dropsFirst,
        retry: { limit: 2, delay: () => 10 },
        hooks: { beforeRetry: [({ error, retryCount }) => void retries.push({ retryCount, error: error.message })] },
      });
      const { items } = await portal.listAgencies();
      assert.ok(Array.isArray(items), 'the retried request was answered');
      assert.deepEqual(retries, [{ retryCount: 1, error: 'fetch failed' }]);
      assert.equal(calls, 2);
    });

    test('beforeError hears answers outside 2xx, not a 304 revalidation; the caller still gets the typed problem', async () => {
      const failures: string[] = [];
      const answers: number[] = [];
      const portal = createPortalClient({
        baseUrl,
        retry: 0,
        hooks: {
          afterResponse: [(_request, _options, response) => void answers.push(response.status)],
          beforeError: [
            (error) => {
              failures.push(`${error.response.status} ${new URL(error.request.url).pathname}`);
              return error;
            },
          ],
        },
      });
      const problem = await portal.getPoll({ id: 'no-such-poll' }).catch((error: unknown) => error);
      assert.ok(problem instanceof ApiProblemError, 'the failure reaches the caller as a typed problem');
      assert.equal(problem.code, 'not-found');
      await portal.listAgencies();
      await portal.listAgencies();
      assert.deepEqual(answers, [404, 200, 304]);
      assert.deepEqual(failures, ['404 /api/v1/polls/no-such-poll']);
    });
  });
}
