// Counting without tracking (as Plausible and GoatCounter do): the visitor id is an HMAC of the
// agency, address and user agent under a random salt of the day; at most two salts exist and none
// lives past 48 hours; no address or user agent is stored or logged; bots are counted apart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { VisitHitReceipt, VisitStats } from '@vn-portal/schema';
import { commentSubmission, createOpenDraft, createPoll, questionSubmission, seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { buildApp } from '../app.js';
import { localDay } from '../calendar/local-day.js';
import { dropOldSalts } from './visitor-id.js';

const hourMs = 3_600_000;
const proxy = '10.0.0.7';
const visitorAddress = '198.51.100.173';
const visitorAgent = 'Mozilla/5.0 (X11; Linux x86_64) VnPortalPrivacyProbe/7.3 Firefox/128.0';

for (const dialect of testDialects) {
  describe(`privacy of counting (${dialect})`, () => {
    let t: TestApp;
    const logLines: string[] = [];
    before(async () => {
      t = await startTestApp(dialect, {
        config: { trustProxy: [proxy], logLevel: 'debug', visitFlushIntervalMs: 60_000 },
        logger: { stream: { write: (line) => logLines.push(line) } },
      });
      await seedAgencies(t);
    });
    after(() => t.close());

    const hit = (agency: string, path: string, userAgent = visitorAgent, address = visitorAddress) =>
      t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', payload: { agency, path }, headers: { 'user-agent': userAgent, 'x-forwarded-for': address }, remoteAddress: proxy });
    const salts = async () => (await t.testDatabase.database.db.selectFrom('visitor_salts').select(['day', 'created_at']).orderBy('day').execute()).map((row) => row.day);
    const today = () => localDay(t.clock.now(), t.testDatabase.config.utcOffsetMinutes);

    test('ids change with the day, and never live on: at most two salts, none past 48 hours', async () => {
      const first = today();
      assert.equal((await hit('stttt', '/lich-cong-tac')).json<VisitHitReceipt>().counted, true);
      assert.equal((await hit('stttt', '/lich-cong-tac')).json<VisitHitReceipt>().counted, false, 'a reload the same day');
      assert.deepEqual(await salts(), [first]);
      // The next morning the same visitor is a new visitor: yesterday's id cannot be recomputed today.
      t.clock.advance(24 * hourMs);
      assert.equal((await hit('stttt', '/lich-cong-tac')).json<VisitHitReceipt>().counted, true);
      assert.deepEqual(await salts(), [first, today()]);
      t.clock.advance(24 * hourMs);
      await hit('stttt', '/lich-cong-tac');
      const third = today();
      assert.equal((await salts()).length, 2, 'at most two salts');
      assert.ok(!(await salts()).includes(first), 'the salt of two days ago is gone');
      t.clock.advance(48 * hourMs + 1);
      // No visit came in between: the server's timer drops them all the same.
      await dropOldSalts(t.testDatabase.database.db, today(), t.clock.now());
      assert.ok(!(await salts()).includes(third), 'no salt lives past 48 hours');
      assert.deepEqual(await salts(), []);
    });

    test('the id covers the agency: one person on two agencies’ sites is a visitor of each', async () => {
      const before = (await t.app.inject({ method: 'GET', url: '/api/v1/visits/stats' })).json<VisitStats>();
      await hit('stttt', '/tin-tuc', visitorAgent, '198.51.100.174');
      await hit('ubnd-tinh', '/tin-tuc', visitorAgent, '198.51.100.174');
      const stats = (await t.app.inject({ method: 'GET', url: '/api/v1/visits/stats' })).json<VisitStats>();
      assert.equal(stats.online.guests - before.online.guests, 2);
      assert.equal(stats.total - before.total, 2);
    });

    test('bots are counted apart, never in the totals, and told so', async () => {
      const before = (await t.app.inject({ method: 'GET', url: '/api/v1/visits/stats?agency=stttt' })).json<VisitStats>();
      for (const agent of ['Mozilla/5.0 (compatible; Googlebot/2.1)', 'curl/8.5.0', '']) {
        assert.deepEqual((await hit('stttt', '/', agent)).json<VisitHitReceipt>(), { counted: false, bot: true });
      }
      const stats = (await t.app.inject({ method: 'GET', url: '/api/v1/visits/stats?agency=stttt' })).json<VisitStats>();
      assert.equal(stats.total, before.total);
      assert.equal(stats.online.total, before.online.total);
      await t.app.close();
      const row = await t.testDatabase.database.db.selectFrom('visit_days').select((eb) => eb.fn.sum<number>('bot_hits').as('bots')).where('agency', '=', 'stttt').executeTakeFirstOrThrow();
      assert.equal(row.bots, 3);
      t.app = await buildApp({ config: t.testDatabase.config, database: t.testDatabase.database, now: t.clock.now, logger: { stream: { write: (line) => logLines.push(line) } } });
    });

    test('no address or user agent is stored or logged, whatever the visitor does', async () => {
      const pollId = await createPoll(t);
      const draftId = await createOpenDraft(t);
      const as = { 'user-agent': visitorAgent, 'x-forwarded-for': `203.0.113.250, ${visitorAddress}` };
      const send = (method: 'GET' | 'POST', url: string, payload?: object) =>
        t.app.inject({ method, url, headers: as, remoteAddress: proxy, ...(payload === undefined ? {} : { payload }) });
      assert.equal((await send('POST', '/api/v1/visits/hits', { agency: 'stttt', path: '/gioi-thieu?ten=Nguyen' })).statusCode, 422);
      assert.equal((await send('POST', '/api/v1/visits/hits', { agency: 'stttt', path: '/gioi-thieu' })).statusCode, 202);
      assert.equal((await send('POST', '/api/v1/visits/heartbeats', { agency: 'stttt', session: 'session-privacy-0001' })).statusCode, 204);
      assert.equal((await send('POST', `/api/v1/polls/${pollId}/votes`, { voterToken: 'privacy-voter-000000001', optionIds: ['tot'] })).statusCode, 200);
      assert.equal((await send('POST', '/api/v1/qa/questions', questionSubmission())).statusCode, 201);
      assert.equal((await send('POST', `/api/v1/legal-documents/${draftId}/comments`, commentSubmission())).statusCode, 202);
      assert.equal((await send('POST', '/api/v1/qa/questions/status', { trackingCode: 'HD-2025-AAAAAAAA', contact: 'x@example.com' })).statusCode, 404);
      assert.equal((await send('GET', '/api/v1/khong-co?ip=1')).statusCode, 404);
      // Writes the buffered counts, and every log line.
      await t.app.close();

      const logs = logLines.join('');
      assert.match(logs, /"reqId"/, 'requests were logged');
      for (const secret of [visitorAddress, '203.0.113.250', 'VnPortalPrivacyProbe']) assert.ok(!logs.includes(secret), `${secret} in the logs`);

      const { database } = t.testDatabase;
      let stored: string;
      if (database.dialect === 'sqlite') {
        stored = ['', '-wal', '-shm'].map((suffix) => `${database.file}${suffix}`).filter((file) => existsSync(file)).map((file) => readFileSync(file).toString('latin1')).join('\n');
      } else {
        stored = execFileSync('pg_dump', ['--data-only', `--dbname=${database.url}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      }
      assert.ok(stored.includes(draftId), 'what was read is the database, with its content');
      for (const secret of [visitorAddress, '203.0.113.250', 'VnPortalPrivacyProbe']) assert.ok(!stored.includes(secret), `${secret} stored in the database`);
      t.app = await buildApp({ config: t.testDatabase.config, database: t.testDatabase.database, now: t.clock.now });
    });
  });
}
