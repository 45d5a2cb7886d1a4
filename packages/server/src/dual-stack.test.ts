// Đắk Lắk Điều 16.8 asks for IPv6: with HOST unset the server listens on `::`, which on a
// dual-stack host takes IPv6 and IPv4 alike. Tried on the loopback addresses of both.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startCliServer, type CliServer } from '../test/cli-server.js';

let server: CliServer;
before(async () => {
  server = await startCliServer({ HOST: undefined });
});
after(() => server.stop());

test('with the default HOST the server answers on ::1 and on 127.0.0.1', async () => {
  const { port } = new URL(server.url);
  for (const host of ['127.0.0.1', '[::1]']) {
    const answer = await fetch(`http://${host}:${port}/healthz`);
    assert.equal(answer.status, 200, `GET /healthz on ${host}`);
    assert.deepEqual(await answer.json(), { status: 'ok' }, `the health answer on ${host}`);
  }
  assert.deepEqual(server.errorLogs, [], 'no error logged');
});
