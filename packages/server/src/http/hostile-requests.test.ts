import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { api, fieldsOf, type AnySchema, type Endpoint } from '@vn-portal/schema';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import type { AddressInfo } from 'node:net';
import { createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { sendRaw } from '../../test/raw-http.js';
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
  const keys = Object.keys(fieldsOf(schema));
  return keys.length === 0 ? ['action', 'kind', 'agency'] : keys;
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
  const queryKeys = endpoint.query === undefined ? ['q', 'page'] : Object.keys(fieldsOf(endpoint.query));
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

/** Bodies built to exhaust a parser or a recursive walk rather than to break a field. */
function structuralBombs(keys: readonly string[]): { kind: string; raw: string; refused?: 413 }[] {
  const depth = 100_000;
  const manyKeys = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));
  return [
    { kind: '1e5-deep arrays', raw: '['.repeat(depth) + ']'.repeat(depth), refused: 413 },
    { kind: '1e5-deep objects', raw: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), refused: 413 },
    { kind: '1e5-deep inside a field', raw: `{"${keys[0] ?? 'a'}":${'['.repeat(depth)}${']'.repeat(depth)}}`, refused: 413 },
    { kind: '10,000 keys', raw: JSON.stringify(manyKeys), refused: 413 },
    { kind: 'brackets inside strings', raw: JSON.stringify({ [keys[0] ?? 'a']: '['.repeat(depth) }) },
    ...keys.map((key) => ({ kind: `100,000 items in ${key}`, raw: JSON.stringify({ [key]: Array.from({ length: 100_000 }, () => 'a') }) })),
    ...keys.map((key) => ({ kind: `huge number in ${key}`, raw: `{"${key}":1e400}` })),
    ...keys.map((key) => ({ kind: `long integer in ${key}`, raw: `{"${key}":${'9'.repeat(5000)}}` })),
    { kind: 'duplicate keys', raw: `{${keys.map((key) => `"${key}":"a","${key}":1`).join(',')}}` },
    { kind: 'duplicate __proto__', raw: '{"__proto__":{"admin":true},"__proto__":{}}' },
  ];
}

/** Header lines that abuse a header's size, count, repetition or syntax; each replaces the ordinary ones it names. */
const headerAbuses: { kind: string; lines: string[] }[] = [
  { kind: '20 KB header', lines: [`x-padding: ${'a'.repeat(20_000)}`] },
  { kind: '1,000 headers', lines: Array.from({ length: 1000 }, (_, index) => `x-h${index}: ${index}`) },
  { kind: 'one header 500 times', lines: Array.from({ length: 500 }, () => 'accept: application/json') },
  { kind: 'two Content-Types', lines: ['content-type: application/json', 'content-type: text/plain'] },
  { kind: 'Content-Type with NUL', lines: ['content-type: application/json\u0000'] },
  { kind: 'Content-Type with control characters', lines: ['content-type: application/json;\u0001\u001f'] },
  { kind: 'Content-Type with odd parameters', lines: ['content-type: application/json;;; charset=klingon; boundary='] },
  { kind: 'two different Content-Lengths', lines: ['content-length: 2', 'content-length: 3'] },
  { kind: 'Content-Length and Transfer-Encoding', lines: ['content-length: 2', 'transfer-encoding: chunked'] },
  { kind: 'negative Content-Length', lines: ['content-length: -1'] },
  { kind: 'huge Content-Length', lines: ['content-length: 99999999999999999999'] },
  { kind: 'Transfer-Encoding gzip', lines: ['transfer-encoding: gzip, chunked'] },
  { kind: 'no Host', lines: ['host:'] },
  { kind: 'two Hosts', lines: ['host: a.example', 'host: b.example'] },
  { kind: '8 KB bearer token', lines: [`authorization: Bearer ${'x'.repeat(8000)}`] },
  { kind: 'authorization of another scheme', lines: ['authorization: Basic YWRtaW46YWRtaW4='] },
  { kind: '5,000 languages', lines: [`accept-language: ${Array.from({ length: 5000 }, (_, index) => `x${index};q=0.${index % 10}`).join(',')}`] },
  { kind: 'broken Origin', lines: ['origin: http://[::1'] },
  { kind: '4 KB Origin', lines: [`origin: https://${'a'.repeat(4000)}.example`] },
  { kind: 'forged X-Forwarded-*', lines: ['x-forwarded-for: ::::, 999.1.1.1, <script>', 'x-forwarded-host: attacker.example', 'x-forwarded-proto: gopher'] },
  { kind: 'Idempotency-Key in Latin-1', lines: ['idempotency-key: \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9'] },
  { kind: '8 KB If-None-Match', lines: [`if-none-match: ${'"x",'.repeat(2000)}`] },
  { kind: 'Proof-Of-Work garbage', lines: [`proof-of-work: ${'v1.'.repeat(1000)}:99999999999999999`] },
];

/** One request over a socket: the abuse's lines win over the ordinary headers of the same name. */
function rawRequest(method: string, url: string, lines: readonly string[]): string {
  const body = method === 'GET' || method === 'DELETE' ? '' : '{}';
  const names = new Set(lines.map((line) => line.slice(0, line.indexOf(':')).toLowerCase()));
  const ordinary = ['host: api.example', 'content-type: application/json', `content-length: ${body.length}`, 'connection: close'].filter(
    (line) => !names.has(line.slice(0, line.indexOf(':'))) && !(names.has('transfer-encoding') && line.startsWith('content-length')),
  );
  const headers = [...ordinary, ...lines.filter((line) => line !== 'host:')];
  // A chunked body ends with its empty chunk, or the server waits for the rest.
  const framed = names.has('transfer-encoding') ? `${body.length > 0 ? `${body.length.toString(16)}\r\n${body}\r\n` : ''}0\r\n\r\n` : body;
  return `${method} ${url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${framed}`;
}

for (const dialect of testDialects) {
  describe(`structural bombs on every body route (${dialect})`, () => {
    let t: TestApp;
    let pollId: string;
    before(async () => {
      // Room for a 1e5-deep object (600 KB), so the structure, not the size, is what refuses it.
      t = await startTestApp(dialect, { config: { bodyLimit: 1024 * 1024 } });
      await seedAgencies(t);
      pollId = await createPoll(t);
    });
    after(() => t.close());

    test('deep nesting is a 413, and no bomb gets a 5xx or anything but problem+json', async (context) => {
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      const bodyRoutes = Object.entries(api).filter(([, endpoint]) => (endpoint as Endpoint).body !== undefined);
      for (const [operationId, value] of bodyRoutes) {
        const endpoint = value as Endpoint;
        const url = `/api/v1${endpoint.path.replace(/\{\w+\}/g, pollId)}`;
        for (const bomb of structuralBombs(bodyKeys(endpoint.body))) {
          for (const headers of [{}, t.admin]) {
            const response = await t.app.inject({ method: endpoint.method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: bomb.raw });
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            const what = `${operationId} ${bomb.kind}${headers === t.admin ? ' (admin)' : ''} → ${response.statusCode} ${response.body.slice(0, 160)}`;
            if (response.statusCode >= 500) failures.push(what);
            if (response.statusCode >= 400 && !String(response.headers['content-type']).startsWith('application/problem+json')) failures.push(`not problem+json: ${what}`);
            if (bomb.refused !== undefined && response.statusCode !== bomb.refused) failures.push(`expected ${bomb.refused}: ${what}`);
          }
        }
      }
      context.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
      assert.deepEqual(failures, []);
    });

    test('header abuse on every operation, over a socket: no 5xx, every refusal problem+json', async (context) => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = t.app.server.address() as AddressInfo;
      // The search index loads in its own thread: waited for here, not by the first abusive request.
      await t.app.inject({ method: 'GET', url: '/api/v1/legal-documents?q=luat' });
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      for (const [operationId, value] of Object.entries(api)) {
        const endpoint = value as Endpoint;
        const url = `/api/v1${endpoint.path.replace(/\{\w+\}/g, pollId)}`;
        for (const abuse of headerAbuses) {
          const answer = await sendRaw(port, rawRequest(endpoint.method, url, abuse.lines)).catch(() => undefined);
          if (answer === undefined) {
            failures.push(`no answer: ${operationId} ${abuse.kind}`);
            continue;
          }
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const what = `${operationId} ${abuse.kind} → ${answer.status} ${answer.body.slice(0, 160)}`;
          if (answer.status >= 500) failures.push(what);
          if (answer.status >= 400 && !(answer.headers['content-type'] ?? '').startsWith('application/problem+json')) failures.push(`not problem+json: ${what}`);
        }
      }
      context.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
      assert.deepEqual(failures, []);
    });
  });
}
