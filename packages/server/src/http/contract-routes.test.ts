import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, type Endpoint, type OperationId } from '@vn-portal/schema';
import { adminRequest, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { routePath } from './contract-routes.js';

interface ProblemBody {
  status: number;
  code: string;
  type: string;
  title: string;
  errors?: { path: string; code: string; message: string }[];
}

describe('contract coverage', () => {
  test('every write a browser sends carries its rate limit on its route', () => {
    const unlimited = (Object.entries(api) as [OperationId, Endpoint][]).filter(([, endpoint]) => endpoint.browserWrite === true && endpoint.rateLimit === undefined).map(([operationId]) => operationId);
    assert.deepEqual(unlimited, [], 'browser writes without a rate limit');
  });

  test('every operation of the contract has a route', async () => {
    const app = await startTestApp('sqlite');
    try {
      const missing = (Object.keys(api) as OperationId[]).filter((id) => !app.app.hasRoute({ method: api[id].method, url: routePath(api[id].path) }));
      assert.deepEqual(missing, []);
    } finally {
      await app.close();
    }
  });
});

for (const dialect of testDialects) {
  describe(`contract routes (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
    });
    after(() => t.close());

    const problemOf = (response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }) => {
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const problem = response.json() as ProblemBody;
      assert.equal(problem.status, response.statusCode);
      return problem;
    };

    test('an invalid body is a 422 with one error per field', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/polls/abc/votes', payload: { voterToken: 'short', optionIds: [] } });
      assert.equal(response.statusCode, 422);
      const problem = problemOf(response);
      assert.equal(problem.code, 'validation-failed');
      assert.deepEqual(problem.errors?.map((error) => error.path).sort(), ['optionIds', 'voterToken']);
    });

    test('an invalid query is a 400 with field errors', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/qa/answers?page=0&pageSize=abc' });
      assert.equal(response.statusCode, 400);
      const problem = problemOf(response);
      assert.equal(problem.code, 'validation-failed');
      assert.deepEqual(problem.errors?.map((error) => error.path).sort(), ['page', 'pageSize']);
    });

    test('broken JSON is a 400, another media type a 415, a huge body a 413', async () => {
      const broken = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { 'content-type': 'application/json' }, payload: '{"path": "/' });
      assert.equal(broken.statusCode, 400);
      assert.equal(problemOf(broken).code, 'malformed-request');
      const text = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { 'content-type': 'text/plain' }, payload: 'path=/' });
      assert.equal(text.statusCode, 415);
      assert.equal(problemOf(text).code, 'unsupported-media-type');
      const huge = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ path: `/${'a'.repeat(t.testDatabase.config.bodyLimit)}` }) });
      assert.equal(huge.statusCode, 413);
      assert.equal(problemOf(huge).code, 'payload-too-large');
    });

    test('unknown routes are 404 and other methods on known paths 405 with Allow', async () => {
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
      assert.equal(missing.statusCode, 404);
      assert.equal(problemOf(missing).code, 'not-found');
      const wrongMethod = await t.app.inject({ method: 'DELETE', url: '/api/v1/portal' });
      assert.equal(wrongMethod.statusCode, 405);
      assert.equal(problemOf(wrongMethod).code, 'method-not-allowed');
      assert.match(String(wrongMethod.headers.allow), /GET/);
    });

    test('a URL with bad percent-encoding is a 400', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/leaders/%E0%A4%A' });
      assert.ok(response.statusCode === 400 || response.statusCode === 404, String(response.statusCode));
      problemOf(response);
    });

    test('NUL characters are refused before they reach the database', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', payload: { path: '/a\u0000b' } });
      assert.equal(response.statusCode, 422);
      assert.equal(problemOf(response).errors?.[0]?.path, 'path');
      const nested = questionSubmission();
      const bodies = [
        { payload: { ...nested, asker: { ...nested.asker, fullName: 'Phan\u0000' } }, path: 'asker.fullName' },
        { payload: { ...nested, attachments: [{ name: 'a.pdf' }, { name: 'b\u0000.pdf' }] }, path: 'attachments.1.name' },
        { payload: { ...nested, title: Array.from({ length: 10_000 }, () => 'a') }, path: undefined },
      ];
      for (const { payload, path } of bodies) {
        const refused = await t.app.inject({ method: 'POST', url: '/api/v1/qa/questions', payload });
        assert.equal(refused.statusCode, 422, refused.body);
        const errors = problemOf(refused).errors ?? [];
        if (path === undefined) assert.ok(errors.every((error) => error.code !== 'invalid_string'), `no NUL in ${JSON.stringify(errors)}`);
        else assert.deepEqual(errors.map((error) => error.path), [path], 'the NUL is named where it is, however deep');
      }
    });

    test('public GETs are cached as their route says: counts revalidated on each use, the rest reused for a minute', async () => {
      const stats = await t.app.inject({ method: 'GET', url: '/api/v1/visits/stats' });
      assert.equal(stats.headers['cache-control'], 'public, no-cache', 'the visit counts, which move every second');
      const agencies = await t.app.inject({ method: 'GET', url: '/api/v1/agencies' });
      assert.equal(agencies.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=300', 'the agencies');
    });

    test('public GETs carry an ETag and answer 304 when it matches', async () => {
      const first = await t.app.inject({ method: 'GET', url: '/api/v1/agencies' });
      assert.equal(first.statusCode, 200);
      assert.match(String(first.headers['cache-control']), /public/);
      const etag = String(first.headers.etag);
      const again = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const changed = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { 'if-none-match': 'W/"other"' } });
      assert.equal(changed.statusCode, 200);
    });

    test('security headers are on every answer: JSON, pages, errors', async () => {
      for (const url of ['/api/v1/agencies', '/', '/api/v1/no-such-thing']) {
        const response = await t.app.inject({ method: 'GET', url });
        assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
        assert.match(String(response.headers['content-security-policy']), /default-src 'self'/, url);
        assert.match(String(response.headers['strict-transport-security']), /max-age=/, url);
        assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN', url);
        assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin', url);
        assert.equal(response.headers['referrer-policy'], 'no-referrer', url);
        assert.equal(response.headers['x-powered-by'], undefined, url);
      }
    });

    test('a cached search answers with the same body and ETag, and 304 when it matches', async () => {
      const url = '/api/v1/legal-documents?q=quyet+dinh';
      const first = await t.app.inject({ method: 'GET', url });
      const second = await t.app.inject({ method: 'GET', url });
      assert.equal(first.statusCode, 200);
      assert.equal(second.body, first.body);
      assert.equal(second.headers.etag, first.headers.etag);
      assert.equal(second.headers['content-length'], first.headers['content-length']);
      assert.match(String(second.headers['content-type']), /^application\/json/);
      const revalidated = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(first.headers.etag) } });
      assert.equal(revalidated.statusCode, 304);
      assert.equal(revalidated.body, '');
    });

    test('admin operations need a key, and a key of the right role', async () => {
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(problemOf(anonymous).code, 'unauthorized');
      const forged = await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: { authorization: `Bearer vnp_${'a'.repeat(16)}_${'b'.repeat(43)}` } });
      assert.equal(forged.statusCode, 401);
      const editor = await adminRequest<{ secret: string }>(t, 'POST', '/api/v1/admin/api-keys', { name: 'Biên tập viên', role: 'editor', agencies: ['stttt'] }, 201);
      const tooLow = await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', headers: { authorization: `Bearer ${editor.secret}` } });
      assert.equal(tooLow.statusCode, 403);
      assert.equal(problemOf(tooLow).code, 'forbidden');
      assert.equal(String(tooLow.headers['cache-control']), 'no-store');
    });

    test('CORS: anyone may read, only allowed origins may write', async () => {
      await adminRequest(t, 'PUT', '/api/v1/admin/agencies/stttt/allowed-origins', { origins: ['https://stttt.example/some/page'] });
      const read = await t.app.inject({ method: 'GET', url: '/api/v1/agencies', headers: { origin: 'https://anywhere.example' } });
      assert.equal(read.headers['access-control-allow-origin'], '*');
      const preflight = (origin: string) =>
        t.app.inject({ method: 'OPTIONS', url: '/api/v1/visits/hits', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      assert.equal((await preflight('https://stttt.example')).headers['access-control-allow-origin'], 'https://stttt.example');
      // A site no agency allows may send the write only to read its refusal.
      assert.equal((await preflight('https://evil.example')).headers['access-control-allow-origin'], 'https://evil.example');
      const stranger = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { origin: 'https://evil.example' }, payload: { agency: 'stttt', path: '/' } });
      assert.equal(stranger.statusCode, 403);
      assert.equal(problemOf(stranger).code, 'origin-not-allowed');
      const allowed = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { origin: 'https://stttt.example' }, payload: { agency: 'stttt', path: '/' } });
      assert.equal(allowed.statusCode, 202);
      const otherAgency = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { origin: 'https://stttt.example' }, payload: { agency: 'ubnd-tinh', path: '/' } });
      assert.equal(otherAgency.statusCode, 403);
      assert.equal(problemOf(otherAgency).code, 'origin-not-allowed');
      const noOrigin = await t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', payload: { agency: 'ubnd-tinh', path: '/' } });
      assert.equal(noOrigin.statusCode, 202);
    });

    test('serves the OpenAPI document, the docs page, health and the home page', async () => {
      const openapi = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      assert.equal(openapi.json<{ openapi: string }>().openapi, '3.1.0');
      const docs = await t.app.inject({ method: 'GET', url: '/api/v1/docs' });
      assert.match(String(docs.headers['content-type']), /text\/html/);
      for (const id of Object.keys(api)) assert.ok(docs.body.includes(`id="op-${id}"`), `docs list ${id}`);
      assert.ok(!/https?:\/\/(?!portal|stttt)[^"']*\.(js|css)/.test(docs.body), 'the docs page loads nothing from elsewhere');
      assert.deepEqual((await t.app.inject({ method: 'GET', url: '/healthz' })).json(), { status: 'ok' });
      assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).json<{ database: string }>().database, dialect);
      assert.match((await t.app.inject({ method: 'GET', url: '/' })).body, /\/api\/v1\/docs/);
    });
  });
}
