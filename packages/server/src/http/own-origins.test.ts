import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createPoll, seedAgencies, voterToken } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';

const publicOrigin = 'https://cong.binhson.example';

for (const dialect of testDialects) {
  describe(`the server's own origins come from its configuration (${dialect})`, () => {
    let t: TestApp;
    let pollId: string;
    let voter = 0;
    before(async () => {
      // The test's own requests come from 127.0.0.1, the proxy the server trusts.
      t = await startTestApp(dialect, { config: { publicOrigins: [publicOrigin], trustProxy: ['127.0.0.1'] } });
      await seedAgencies(t);
      pollId = await createPoll(t);
    });
    after(() => t.close());

    const vote = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: `/api/v1/polls/${pollId}/votes`, headers: { 'content-type': 'application/json', ...headers }, payload: { voterToken: voterToken(voter++), optionIds: ['tot'] } });

    test('a site naming itself in Host (or X-Forwarded-Host) is not taken for the server', async () => {
      const forged: Record<string, string>[] = [
        { host: 'attacker.example', origin: 'http://attacker.example' },
        { host: 'attacker.example:8080', origin: 'http://attacker.example:8080' },
        { 'x-forwarded-host': 'attacker.example', 'x-forwarded-proto': 'https', origin: 'https://attacker.example' },
      ];
      for (const headers of forged) {
        const answer = await vote(headers);
        assert.equal(answer.statusCode, 403, `${JSON.stringify(headers)}: ${answer.body}`);
        assert.equal(answer.json<{ code: string }>().code, 'origin-not-allowed');
      }
    });

    test('a configured public origin writes without an allowlist entry, whatever the Host', async () => {
      const answer = await vote({ host: 'elsewhere.example', origin: publicOrigin });
      assert.equal(answer.statusCode, 200, answer.body);
    });

    test('the loopback address of the port reached is the demo pages’ origin, for browsers on this machine only', async () => {
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = t.app.server.address() as AddressInfo;
      const post = (origin: string, headers: Record<string, string> = {}) =>
        fetch(`http://127.0.0.1:${port}/api/v1/polls/${pollId}/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, ...headers },
          body: JSON.stringify({ voterToken: voterToken(voter++), optionIds: ['tot'] }),
        });
      for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) assert.equal((await post(origin)).status, 200, origin);
      for (const origin of [`http://127.0.0.1:${port + 1}`, `https://localhost:${port}`, `http://attacker.example:${port}`]) assert.equal((await post(origin)).status, 403, origin);
      // Through a proxy the client is elsewhere: a loopback Origin names the visitor's machine, not this server.
      assert.equal((await post(`http://127.0.0.1:${port}`, { 'x-forwarded-for': '203.0.113.9' })).status, 403, 'a visitor behind the proxy');
    });
  });
}
