// What a visitor's browser receives: the CDN files in the form the build compressed, with the cache
// lifetimes their names allow, and the API's JSON compressed as the browser accepts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { seedDemo } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { compressionThreshold } from '../http/compression.js';

const cdn = new URL('../../../elements/dist/cdn/', import.meta.url);
const browser = { 'accept-encoding': 'br, gzip' };
const decoders: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

const decoded = (encoding: string | undefined, body: Buffer) => (encoding === undefined ? body : (decoders[encoding] ?? ((raw: Buffer) => raw))(body));
const varies = (vary: unknown) => String(vary).toLowerCase().split(/\s*,\s*/).includes('accept-encoding');

describe('compression and caching', () => {
  let t: TestApp;
  let chunk: string;

  before(async () => {
    assert.ok(existsSync(new URL('vn-portal.js', cdn)), 'packages/elements/dist/cdn/vn-portal.js is missing: run `npm run build` first');
    const chunkName = readdirSync(new URL('chunks/', cdn)).find((name) => name.endsWith('.js'));
    assert.ok(chunkName !== undefined, 'the CDN build has a chunk');
    chunk = `chunks/${chunkName}`;
    t = await startTestApp('sqlite', {
      seed: seedDemo,
    });
  });
  after(() => t.close());

  const get = (url: string, headers: Record<string, string> = browser) => t.app.inject({ method: 'GET', url, headers });

  test('/cdn/vn-portal.js: the precompressed brotli file, kept five minutes, then revalidated', async () => {
    const response = await get('/cdn/vn-portal.js');
    const original = readFileSync(new URL('vn-portal.js', cdn));
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.ok(varies(response.headers.vary), `Vary names Accept-Encoding (${String(response.headers.vary)})`);
    assert.equal(response.headers['cache-control'], 'public, max-age=300');
    assert.deepEqual(response.rawPayload, readFileSync(new URL('vn-portal.js.br', cdn)), 'the file the build compressed, sent as it is');
    assert.deepEqual(decoded('br', response.rawPayload), original);
    assert.ok(response.rawPayload.length < original.length / 3, `brotli: ${String(response.rawPayload.length)} of ${String(original.length)} bytes`);

    const etag = String(response.headers.etag);
    assert.ok(etag.length > 2, 'an ETag to revalidate with');
    const again = await get('/cdn/vn-portal.js', { ...browser, 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
  });

  test('a hashed chunk: precompressed, cached for a year as immutable', async () => {
    const response = await get(`/cdn/${chunk}`);
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-encoding'], 'br');
    assert.ok(varies(response.headers.vary), `Vary names Accept-Encoding (${String(response.headers.vary)})`);
    assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.deepEqual(decoded('br', response.rawPayload), readFileSync(new URL(chunk, cdn)));
  });

  test('a browser without brotli gets gzip, one accepting neither the file as built', async () => {
    const original = readFileSync(new URL('vn-portal.js', cdn));
    const gzip = await get('/cdn/vn-portal.js', { 'accept-encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(decoded('gzip', gzip.rawPayload), original);
    const plain = await get('/cdn/vn-portal.js', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(varies(plain.headers.vary), 'the uncompressed answer varies too, so no shared cache hands it to a browser that accepts brotli');
    assert.deepEqual(plain.rawPayload, original);
  });

  test('JSON is compressed, pre-serialized answers included; small answers go as they are', async () => {
    for (const url of ['/api/v1/openapi.json', '/api/v1/legal-documents?q=cong%20thong%20tin', '/api/v1/leaders']) {
      const plain = await get(url, {});
      const response = await get(url);
      assert.equal(response.statusCode, 200, url);
      assert.ok(plain.rawPayload.length >= compressionThreshold, `${url} is big enough to compress (${String(plain.rawPayload.length)} bytes)`);
      assert.equal(response.headers['content-encoding'], 'br', url);
      assert.ok(varies(response.headers.vary), `${url}: Vary names Accept-Encoding`);
      assert.deepEqual(JSON.parse(decoded('br', response.rawPayload).toString('utf8')), plain.json(), url);
      assert.ok(response.rawPayload.length < plain.rawPayload.length / 2, `${url}: ${String(response.rawPayload.length)} of ${String(plain.rawPayload.length)} bytes`);
    }
    const small = await get('/healthz');
    assert.equal(small.headers['content-encoding'], undefined);
    assert.deepEqual(small.json(), { status: 'ok' });
  });

  test('an API answer revalidated with its ETag is still a 304 without a body', async () => {
    const first = await get('/api/v1/leaders');
    const again = await get('/api/v1/leaders', { ...browser, 'if-none-match': String(first.headers.etag) });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
  });
});
