import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VisitHitReceipt, VisitStats } from '@vn-portal/schema';
import { seedAgencies } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { testDialects } from '../../test/test-database.js';
import { buildApp } from '../app.js';
import { isBot } from './bot-detection.js';

const browser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

describe('bot detection', () => {
  test('tells crawlers and scripts from browsers', () => {
    assert.equal(isBot(browser), false);
    assert.equal(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'), true);
    assert.equal(isBot('curl/8.5.0'), true);
    assert.equal(isBot(''), true);
  });

  test('knows the agents Vietnamese portals meet: Zalo and Cốc Cốc browse as people, preview and crawl as programs', () => {
    const zaloInApp = 'Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36 Zalo android/12345 ZaloTheme/light';
    const coccocBrowser = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0 Chrome/111 Safari/537.36';
    assert.equal(isBot(zaloInApp), false, 'a person reading in Zalo');
    assert.equal(isBot(coccocBrowser), false, 'a person in the Cốc Cốc browser');
    assert.equal(isBot('ZaloLinkPreview'), true, "Zalo's link preview");
    assert.equal(isBot('Mozilla/5.0 (compatible; coccocbot-web/1.1; +http://help.coccoc.com/searchengine)'), true, "Cốc Cốc's crawler");
    assert.equal(isBot('python-requests/2.31.0'), true, 'a script');
  });
});

for (const dialect of testDialects) {
  describe(`visits (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, { config: { visitFlushIntervalMs: 60_000 } });
      await seedAgencies(t);
    });
    after(() => t.close());

    const hit = (payload: object, userAgent = browser, ip = '203.0.113.7') =>
      t.app.inject({ method: 'POST', url: '/api/v1/visits/hits', headers: { 'user-agent': userAgent }, payload, remoteAddress: ip });
    const stats = async (agency?: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/visits/stats${agency === undefined ? '' : `?agency=${agency}`}` })).json<VisitStats>();

    test('counts page views, not reloads, and bots apart', async () => {
      const first = await hit({ agency: 'stttt', path: '/gioi-thieu' });
      assert.equal(first.statusCode, 202);
      assert.deepEqual(first.json<VisitHitReceipt>(), { counted: true, bot: false });
      assert.equal((await hit({ agency: 'stttt', path: '/gioi-thieu' })).json<VisitHitReceipt>().counted, false, 'a reload');
      assert.equal((await hit({ agency: 'stttt', path: '/tin-tuc' })).json<VisitHitReceipt>().counted, true);
      assert.equal((await hit({ agency: 'stttt', path: '/gioi-thieu' }, browser, '198.51.100.9')).json<VisitHitReceipt>().counted, true, 'another visitor');
      const bot = (await hit({ agency: 'stttt', path: '/' }, 'Googlebot/2.1')).json<VisitHitReceipt>();
      assert.deepEqual(bot, { counted: false, bot: true });
      const counts = await stats('stttt');
      assert.equal(counts.total, 3);
      assert.equal(counts.today, 3);
      assert.equal(counts.month, 3);
      assert.equal(counts.online.guests, 2);
      assert.equal((await stats()).total, 3, 'portal-wide totals include every agency');
      assert.equal((await stats('ubnd-tinh')).total, 0);
    });

    test('an unknown agency is refused', async () => {
      assert.equal((await hit({ agency: 'khong-co', path: '/' })).statusCode, 422);
    });

    test('heartbeats keep visitors online for five minutes, members apart', async () => {
      const beat = (session: string, member: boolean) =>
        t.app.inject({ method: 'POST', url: '/api/v1/visits/heartbeats', headers: { 'user-agent': browser }, payload: { agency: 'ubnd-tinh', session, member }, remoteAddress: '192.0.2.1' });
      assert.equal((await beat('session-aaaaaaaaaaaa', false)).statusCode, 204);
      await beat('session-bbbbbbbbbbbb', true);
      let online = (await stats('ubnd-tinh')).online;
      assert.deepEqual(online, { guests: 1, members: 1, total: 2 });
      t.clock.advance(6 * 60_000);
      online = (await stats('ubnd-tinh')).online;
      assert.deepEqual(online, { guests: 0, members: 0, total: 0 });
    });

    test('buffered hits are written when the app closes', async () => {
      const before = (await stats()).total;
      await hit({ path: '/lien-he' }, browser, '192.0.2.50');
      const stored = await t.testDatabase.database.db.selectFrom('visit_days').select((eb) => eb.fn.sum<number>('hits').as('hits')).executeTakeFirst();
      assert.equal(stored?.hits ?? 0, 0, 'nothing written before a flush');
      await t.app.close();
      const written = await t.testDatabase.database.db.selectFrom('visit_days').select((eb) => eb.fn.sum<number>('hits').as('hits')).executeTakeFirst();
      assert.equal(written?.hits, before + 1);
      // The suite's closing hook closes the app again: give it a fresh one over the same database.
      t.app = await buildApp({ config: t.testDatabase.config, database: t.testDatabase.database, now: t.clock.now });
      assert.equal((await stats()).total, before + 1);
    });
  });
}
