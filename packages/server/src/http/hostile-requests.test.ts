import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, type AnySchema, type Endpoint } from '@vn-portal/schema';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const runs = 1200;

const hostileStrings = fc.oneof(
  fc.constantFrom(
    "' OR '1'='1",
    '1; DROP TABLE votes; --',
    "'); DELETE FROM agencies; --",
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '../../../etc/passwd',
    '%00',
    '%',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    '9'.repeat(40),
    'ｑｕｙｅｔ đ',
    '💥'.repeat(300),
    'x'.repeat(70_000),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const hostileValues: fc.Arbitrary<unknown> = fc.oneof(
  hostileStrings,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileStrings, { maxLength: 5 }),
  fc.dictionary(hostileStrings, hostileStrings, { maxKeys: 3 }),
);

/** Percent-encodes every byte (lone surrogates become U+FFFD, as a browser would send them). */
const encodeSegment = (value: string) => [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** Field names an operation's body schema knows, so hostile values reach past the first check. */
function bodyKeys(schema: AnySchema | undefined): string[] {
  const shape = (schema?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape === undefined ? ['action', 'kind', 'agency'] : Object.keys(shape);
}

const brokenJson = fc.constantFrom('{', '{"a":', '[1,2', '{"__proto__": {"x": 1}}', 'null', '"text"', '{"a": 1}}', '\u0000', '');

interface HostileRequest {
  options: InjectOptions;
  description: string;
}

function requestFor(operationId: string, endpoint: Endpoint, known: string[], adminHeader: string): fc.Arbitrary<HostileRequest> {
  const segment = fc.oneof(fc.constantFrom(...known), hostileStrings);
  const path = fc
    .array(segment, { minLength: 3, maxLength: 3 })
    .map((values) => {
      let index = 0;
      return `/api/v1${endpoint.path.replace(/\{\w+\}/g, () => encodeSegment(values[index++ % values.length] ?? ''))}`;
    });
  const queryKeys = Object.keys((endpoint.query?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape ?? { q: 1, page: 1 });
  const query = fc.array(fc.tuple(fc.constantFrom(...queryKeys, 'unknown'), hostileStrings), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs.map(([key, value]) => [key, value])).toString());
  const keys = bodyKeys(endpoint.body);
  const payload = fc.oneof(
    fc.dictionary(fc.constantFrom(...keys), hostileValues, { maxKeys: keys.length }).map((body) => ({ kind: 'shaped', raw: JSON.stringify(body), type: 'application/json' })),
    fc.jsonValue().map((body) => ({ kind: 'json', raw: JSON.stringify(body), type: 'application/json' })),
    brokenJson.map((raw) => ({ kind: 'broken', raw, type: 'application/json' })),
    fc.constant({ kind: 'bad-utf8', raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), type: 'application/json' }),
    fc.constant({ kind: 'huge', raw: JSON.stringify({ content: 'x'.repeat(400_000) }), type: 'application/json' }),
    hostileStrings.map((raw) => ({ kind: 'form', raw, type: 'application/x-www-form-urlencoded' })),
    fc.constant({ kind: 'none', raw: undefined, type: undefined }),
  );
  const method = fc.oneof(fc.constant(endpoint.method), fc.constantFrom<Endpoint['method']>('GET', 'POST', 'PUT', 'PATCH', 'DELETE'));
  const authorization = fc.oneof(fc.constant(undefined), fc.constant(adminHeader), hostileStrings.map((value) => `Bearer ${value}`));
  const extraHeaders = fc.record({
    'idempotency-key': fc.option(hostileStrings.map((value) => value.replace(/[^\x20-\x7e]/g, '')), { nil: undefined }),
    origin: fc.option(fc.constantFrom('https://evil.example', 'null', 'http://localhost'), { nil: undefined }),
    'if-none-match': fc.option(hostileStrings.map((value) => value.replace(/[^\x20-\x7e]/g, '')), { nil: undefined }),
  });
  return fc.tuple(path, query, payload, method, authorization, extraHeaders).map(([url, search, body, verb, auth, headers]) => {
    // Deleting with a real admin key is allowed to succeed; keep the fixtures for the checks after.
    const useAuth = verb === 'DELETE' && auth === adminHeader ? undefined : auth;
    const allHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...headers, authorization: useAuth, 'content-type': body.type })) {
      if (value !== undefined) allHeaders[name] = value;
    }
    return {
      options: { method: verb, url: search === '' ? url : `${url}?${search}`, headers: allHeaders, ...(body.raw === undefined ? {} : { payload: body.raw }) },
      description: `${operationId}: ${verb} ${url.slice(0, 120)} (${body.kind})`,
    };
  });
}

for (const dialect of testDialects) {
  describe(`hostile requests (${dialect})`, () => {
    let t: TestApp;
    let pollId: string;
    before(async () => {
      t = await startTestApp(dialect);
      await seedAgencies(t);
      pollId = await createPoll(t);
    });
    after(() => t.close());

    test(`${runs} malformed or hostile requests across every operation get 4xx or success, never 5xx`, async () => {
      const known = [pollId, 'ubnd-tinh', 'stttt', '2025-03-10', voterToken(1)];
      const requests = fc.oneof(
        ...Object.entries(api).map(([operationId, endpoint]) => requestFor(operationId, endpoint as Endpoint, known, t.admin.authorization)),
      );
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requests, async ({ options, description }) => {
          const response = await t.app.inject(options);
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          assert.ok(response.statusCode < 500, `${description} → ${response.statusCode} ${response.body.slice(0, 300)}`);
          if (response.statusCode >= 400) assert.match(String(response.headers['content-type']), /application\/problem\+json/, description);
        }),
        { numRuns: runs },
      );
      assert.ok([...statuses.keys()].some((status) => status >= 400), 'the hostile requests were refused');
    });

    test('the database is intact afterwards', async () => {
      assert.equal((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
      const agencies = (await t.app.inject({ method: 'GET', url: '/api/v1/agencies' })).json<{ items: { code: string }[] }>();
      assert.deepEqual(agencies.items.map((agency) => agency.code).sort(), ['stttt', 'ubnd-tinh']);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/polls/${pollId}` })).statusCode, 200);
      const vote = await t.app.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, payload: { voterToken: voterToken(999_999), optionIds: ['tot'] } });
      assert.equal(vote.statusCode, 200);
      const { database } = t.testDatabase;
      if (database.dialect === 'sqlite') assert.deepEqual(database.native.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    });
  });
}
