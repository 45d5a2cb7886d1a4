import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { mock, test } from 'node:test';
import zlib from 'node:zlib';
import { buildApp } from '../app.js';
import { seedSyntheticDocuments } from '../seed/legal-documents.js';
import { createTestDatabase } from '../../test/test-database.js';

// HTTP alone: what is compressed, and how often, does not depend on the database.
test('a cached search answer is compressed once per coding, whatever the number of clients asking for it', async () => {
  const testDatabase = await createTestDatabase('sqlite');
  await seedSyntheticDocuments(testDatabase.database.db, 200, 1);
  const app = await buildApp({ config: testDatabase.config, database: testDatabase.database });
  const brotli = mock.method(zlib, 'brotliCompressSync');
  const gzip = mock.method(zlib, 'gzipSync');
  try {
    const url = '/api/v1/legal-documents?q=thong+tin';
    const plain = await app.inject({ method: 'GET', url });
    assert.equal(plain.statusCode, 200, `the search answers: ${plain.body}`);
    assert.equal(plain.headers['content-encoding'], undefined, 'a client that accepts no coding gets the JSON as it is');
    assert.ok(plain.rawPayload.length > 1024, `the answer (${String(plain.rawPayload.length)} bytes) is large enough to be compressed`);
    for (let round = 1; round <= 3; round++) {
      const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(br.headers['content-encoding'], 'br', `round ${String(round)}: brotli is preferred when accepted`);
      assert.match(String(br.headers.vary), /accept-encoding/i, `round ${String(round)}: caches are told the answer varies by Accept-Encoding`);
      assert.equal(zlib.brotliDecompressSync(br.rawPayload).toString(), plain.body, `round ${String(round)}: the brotli answer decompresses to the plain one`);
      const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      assert.equal(gz.headers['content-encoding'], 'gzip', `round ${String(round)}: gzip when only gzip is accepted`);
      assert.equal(zlib.gunzipSync(gz.rawPayload).toString(), plain.body, `round ${String(round)}: the gzip answer decompresses to the plain one`);
    }
    assert.equal(brotli.mock.callCount(), 1, 'three brotli answers of one cached result compressed it once');
    assert.equal(gzip.mock.callCount(), 1, 'three gzip answers of one cached result compressed it once');
  } finally {
    brotli.mock.restore();
    gzip.mock.restore();
    await app.close();
    await testDatabase.drop();
  }
});

test('a visitor leaving during a compressed answer is not an error in the log', async () => {
  const testDatabase = await createTestDatabase('sqlite');
  const logLines: string[] = [];
  const app = await buildApp({ config: testDatabase.config, database: testDatabase.database, logger: { stream: { write: (line) => logLines.push(line) } } });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    // The API reference is large and compressed as it is sent; visitors hang up at moments from
    // before the answer starts to its first bytes.
    for (let delayMs = 0; delayMs < 20; delayMs++) {
      const socket = connect(port, '127.0.0.1');
      socket.write('GET /api/v1/openapi.json HTTP/1.1\r\nhost: 127.0.0.1\r\naccept-encoding: br\r\n\r\n');
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      socket.destroy();
      await once(socket, 'close');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const errors = logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);
    assert.deepEqual(errors, [], 'no error logged for a visitor who left');
  } finally {
    await app.close();
    await testDatabase.drop();
  }
});
