import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { testDialects } from '../test/test-database.js';

for (const dialect of testDialects) {
  describe(`app skeleton (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.close());

    test('serves an empty list of agencies', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/agencies' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { items: [] });
      assert.match(String(response.headers.etag), /^W\/"/);
    });

    test('answers unknown routes with problem+json', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      assert.equal(response.statusCode, 404);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.equal(response.json<{ code: string }>().code, 'not-found');
    });
  });
}
