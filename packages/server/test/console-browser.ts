import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import { launchChromium } from './demo-browser.js';
import type { TestApp } from './test-app.js';

// Helpers of the browser tests that drive the console as an officer does: by keyboard, reading what
// it shows through its shadow root (its screens render into that one tree).

/** The console's build, which the server serves at `/admin`. */
export const consoleBundle = new URL('../../console/dist/browser/console.js', import.meta.url);
/** Where the console's screenshots go (not committed). */
export const screenshots = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

/** Serves the test app on a loopback port and opens Chromium; answers the server's address and the browser. */
export async function serveToBrowser(t: TestApp): Promise<{ base: string; browser: Browser }> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  mkdirSync(screenshots, { recursive: true });
  return { base: `http://127.0.0.1:${String((t.app.server.address() as AddressInfo).port)}`, browser: await launchChromium() };
}

/** The texts of the table rows on the console's screen, cell by cell. */
export const consoleRows = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('vnp-console')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()),
    ),
  );

/** The text of the first element matching `selector` on the console's screen. */
export const consoleText = (page: Page, selector: string) =>
  page.evaluate((css) => (document.querySelector('vnp-console')?.shadowRoot?.querySelector(css)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

/** Waits until an element matching `selector` is on the console's screen. */
export const waitForConsole = (page: Page, selector: string) =>
  page.waitForFunction((css) => document.querySelector('vnp-console')?.shadowRoot?.querySelector(css) !== null, { timeout: 30_000 }, selector);

/** The focused element inside the console, as `tag name` (`tag type` for unnamed buttons, `a #view` for links). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('vnp-console')?.shadowRoot?.activeElement;
    const what = active?.getAttribute('name') ?? active?.getAttribute('href') ?? (active?.hasAttribute('data-question') === true ? 'question' : active?.getAttribute('type'));
    return active ? `${active.localName} ${what ?? ''}`.trim() : 'none';
  });

/** Presses Tab until `target` (as `focused` names it) has the focus. */
export async function tabTo(page: Page, target: string, presses = 15): Promise<void> {
  for (let pressed = 0; pressed < presses && (await focused(page)) !== target; pressed++) await page.keyboard.press('Tab');
  assert.equal(await focused(page), target, `Tab reaches ${target}`);
}

/** Presses a key with Control held. */
export async function withControl(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key);
  await page.keyboard.up('Control');
}

/** Moves the focus back one stop. */
export async function shiftTab(page: Page): Promise<void> {
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
}

export async function signInByKeyboard(page: Page, username: string, secret: string): Promise<void> {
  await tabTo(page, 'input username');
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'input password');
  await page.keyboard.type(secret);
  await page.keyboard.press('Enter');
}
