/*
 * How soon the console's first screen can be used, on the demo province, in Chromium: the sign-in
 * form from the page's navigation; the Q&A inbox from pressing Enter on the sign-in form; and the
 * inbox of an officer already signed in, from the page's navigation (the screen they meet each
 * morning). "Usable" is the moment the screen's controls are on the page and the focus is where the
 * keyboard starts (the form's first field, the inbox's heading), read in the page at the frame it
 * happens. The server is the real one on SQLite, in this process; the console's build is needed
 * (`npm run build` first).
 *
 *   node --import tsx --conditions=source packages/server/bench/console-first-screen.ts
 */
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { createUser } from '../src/accounts/user-accounts.js';
import { loadMasterKey } from '../src/security/master-key.js';
import { Secrets } from '../src/security/secrets.js';
import { seedDemoData } from '../src/seed/seed.js';
import { launchChromium } from '../test/demo-browser.js';
import { startTestApp } from '../test/test-app.js';
import { printTable } from './harness.js';

const runs = 7;
const password = 'mật khẩu đo thời gian 2025';

/** Milliseconds from the page's navigation (or from `since`) until `ready` holds in the console. */
const readyAt = (page: Page, ready: 'sign-in' | 'inbox') =>
  page
    .waitForFunction(
      (what) => {
        const root = document.querySelector('vnp-console')?.shadowRoot;
        const done = what === 'sign-in' ? root?.querySelector('input[name="username"]') != null : root?.activeElement?.localName === 'h1' && root.querySelector('tbody tr') !== null;
        return done ? performance.now() : false;
      },
      { timeout: 60_000 },
      ready,
    )
    .then(async (handle) => (await handle.jsonValue()) as number);

const t = await startTestApp('sqlite', {
  seed: async (app) => {
    const { config, database } = app.testDatabase;
    await seedDemoData({ db: database.db, secrets: new Secrets(loadMasterKey(config.encryptionKey, config.dataDir)), now: app.clock.now(), utcOffsetMinutes: config.utcOffsetMinutes });
    await createUser(database.db, { username: 'bien.tap', name: 'Ban biên tập', role: 'admin', agencies: [], password }, app.clock.now());
  },
});
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${String((t.app.server.address() as AddressInfo).port)}`;
const browser = await launchChromium();
const samples = { 'sign-in form, from navigation': [] as number[], 'inbox, from pressing Enter on sign-in': [] as number[], 'inbox of a signed-in officer, from navigation': [] as number[] };
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${base}/admin`);
    samples['sign-in form, from navigation'].push(await readyAt(page, 'sign-in'));
    await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="username"]')?.focus());
    await page.keyboard.type('bien.tap');
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    const pressed = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    samples['inbox, from pressing Enter on sign-in'].push((await readyAt(page, 'inbox')) - pressed);
    const again = await context.newPage();
    await again.goto(`${base}/admin`);
    samples['inbox of a signed-in officer, from navigation'].push(await readyAt(again, 'inbox'));
    await context.close();
  }
} finally {
  await browser.close();
  await t.close();
}
const ms = (value: number) => `${value.toFixed(0)} ms`;
printTable(
  ['console screen usable', 'median', 'slowest', 'runs'],
  Object.entries(samples).map(([what, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [what, ms(sorted[Math.floor(sorted.length / 2)] ?? 0), ms(sorted.at(-1) ?? 0), String(sorted.length)];
  }),
);
