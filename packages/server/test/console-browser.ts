import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, KeyInput, Page } from 'puppeteer-core';
import { launchChromium } from './demo-browser.js';
import type { TestApp } from './test-app.js';

// Helpers of the browser tests that drive the console as an officer does: by keyboard, reading what
// it shows through its shadow root (the question and moderation screens render into that one tree)
// and through the admin screens' own shadow roots inside it.

/** The console's build, which the server serves at `/admin`. */
const consoleBundle = new URL('../../console/dist/browser/console.js', import.meta.url);
/** The console's browser tests are skipped, saying why, until the console is built. */
export const needsConsoleBuild = { skip: existsSync(consoleBundle) ? false : 'the console is not built (npm run build)' };
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

// Signing in runs a memory-hard key derivation: on a busy machine, seconds.
const patience = { timeout: 45_000 };
/**
 * Waiting for an element inside the console: `visible` makes puppeteer look again at every frame,
 * where by default it looks again only when the document changes, and changes inside shadow roots
 * are not the document's: an element drawn there after the first look was never found.
 */
export const onScreen = { ...patience, visible: true };

/** A selector into the console's shadow roots, however deep: `deep('vnp-polls-screen >>> [data-close]')`. */
export const deep = (selector: string) => `vnp-console >>> ${selector}`;

/** Waits until an element matching `selector` is on the console's screen. */
export const waitForConsole = (page: Page, selector: string) =>
  page.waitForFunction((css) => document.querySelector('vnp-console')?.shadowRoot?.querySelector(css) !== null, { timeout: 30_000 }, selector);

/** The focused element inside the console, however deep, as `tag name` (`tag type` for unnamed buttons, `a #view` for links). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.querySelector('vnp-console')?.shadowRoot?.activeElement;
    while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
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

/** The text of the focused element inside the console, however deep. */
export const focusedText = (page: Page) =>
  page.evaluate(() => {
    let active = document.querySelector('vnp-console')?.shadowRoot?.activeElement;
    while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
    return active?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  });

/** Waits until what has focus, as `tag text` (the tag `focused` names, then `focusedText`), matches `wanted`. */
export async function focusReaches(page: Page, wanted: RegExp): Promise<void> {
  const now = async () => `${(await focused(page)).split(' ')[0] ?? ''} ${await focusedText(page)}`;
  const deadline = Date.now() + patience.timeout;
  while (!wanted.test(await now()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.match(await now(), wanted, 'focus reaches its place');
}

/**
 * Page helpers, installed as source text: functions the test runner compiles get helper calls
 * (esbuild names them) that do not exist in the page. `consoleText()` is the console's text
 * through every shadow root; `consoleLoading()` whether any part of it still loads.
 */
const pageHelpers = `
  window.consoleNodes = function () {
    var root = document.querySelector('vnp-console');
    var found = [];
    var stack = root && root.shadowRoot ? [root.shadowRoot] : [];
    while (stack.length > 0) {
      var node = stack.pop();
      found.push(node);
      var children = node instanceof Element && node.shadowRoot ? [node.shadowRoot] : Array.from(node.childNodes);
      for (var i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return found;
  };
  window.consoleText = function () {
    return window.consoleNodes().filter(function (node) { return node.nodeType === Node.TEXT_NODE; }).map(function (node) { return node.textContent; }).join(' ').replace(/\\s+/g, ' ');
  };
  window.consoleLoading = function () {
    return window.consoleNodes().some(function (node) { return node instanceof Element && node.classList.contains('loading'); });
  };
`;

interface PageHelpers {
  consoleText(): string;
  consoleLoading(): boolean;
}

/** The whole text of the console's screen, through every shadow root (on a page `signedInPages` opened). */
export const screenText = (page: Page) => page.evaluate(() => (window as unknown as PageHelpers).consoleText());

/** Waits until the console's screen, however deep, shows `text`. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((wanted) => (window as unknown as PageHelpers).consoleText().includes(wanted), patience, text);
}

/** Waits until the screen has its heading and no part of it is loading. */
export const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('h1') != null && !(window as unknown as PageHelpers).consoleLoading(), patience);

async function onScreenNow(page: Page, selector: string) {
  const handle = await page.waitForSelector(deep(selector), onScreen);
  assert.ok(handle !== null, `${selector} is on screen`);
  return handle;
}

export async function click(page: Page, selector: string): Promise<void> {
  await (await onScreenNow(page, selector)).click();
}

/** Types into a field, emptied first. */
export async function fill(page: Page, selector: string, text: string): Promise<void> {
  const handle = await onScreenNow(page, selector);
  await handle.evaluate((input) => {
    (input as HTMLInputElement).value = '';
  });
  await handle.type(text);
}

export async function choose(page: Page, selector: string, value: string): Promise<void> {
  await (await onScreenNow(page, selector)).select(value);
}

/** Goes to a screen by its navigation link, with the keyboard, and waits for its heading to take focus. */
export async function openByNavigation(page: Page, view: string, title: string): Promise<void> {
  const link = await onScreenNow(page, `nav a[href="#${view}"]`);
  await link.focus();
  await page.keyboard.press('Enter');
  // The heading, not the link just pressed: a link reads the same as most screens' headings.
  await page.waitForFunction(
    (wanted) => {
      const active = document.querySelector('vnp-console')?.shadowRoot?.activeElement;
      return active?.localName === 'h1' && active.textContent.trim() === wanted;
    },
    patience,
    title,
  );
  assert.equal(await page.evaluate(() => location.hash), `#${view}`, 'the screen has its own address');
  assert.equal(await page.evaluate(() => document.querySelector('vnp-console')?.shadowRoot?.querySelector('a[aria-current="page"]')?.getAttribute('href')), `#${view}`, 'the link says it is the current page');
}

/** Opens a console page signed in as `username`, at `path`. */
export type SignedIn = (username: string, path?: string) => Promise<Page>;

/**
 * Pages signed in by account: each account signs in once, in a browser context of its own; later
 * pages of the account share its session cookie.
 */
export function signedInPages(browser: Browser, base: string, password: string): SignedIn {
  const contexts = new Map<string, BrowserContext>();
  return async (username, path = '/admin') => {
    const known = contexts.get(username);
    const context = known ?? (await browser.createBrowserContext());
    contexts.set(username, context);
    const page = await context.newPage();
    await page.evaluateOnNewDocument(pageHelpers);
    await page.goto(`${base}${path}`);
    if (known === undefined) {
      await fill(page, 'input[name="username"]', username);
      await fill(page, 'input[name="password"]', password);
      await page.keyboard.press('Enter');
    }
    // A safety net, not a timing assertion: scrypt's 128 MiB per sign-in crawls on a saturated machine.
    await page.waitForSelector(deep('nav'), { timeout: 120_000, visible: true });
    return page;
  };
}
