// The demo site as `npm start` serves it, in headless Chromium: the real server (started by its
// CLI on an empty SQLite data directory) and the elements' real CDN build (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { languages, type Language } from '@vn-portal/schema';
import type { Browser, Page } from 'puppeteer-core';
import { startCliServer, type CliServer } from '../../test/cli-server.js';
import { axeViolations, elementTexts, kitTags, launchChromium, waitForElements, watchProblems, type PageProblems } from '../../test/demo-browser.js';
import { demoContentSecurityPolicy } from './demo-site.js';
import { demoPaths, districtAgency } from './demo-pages.js';

const cdn = new URL('../../../elements/dist/cdn/', import.meta.url);
const screenshots = fileURLToPath(new URL('../../../../artifacts/screenshots/', import.meta.url));

// English words each element shows once the page is in English (and not in Vietnamese).
const englishMarks: Partial<Record<string, string>> = {
  'vn-leader-list': 'Save contact (vCard)',
  'vn-visit-counter': 'Total visits',
  'vn-source-credit': 'Copy citation',
  'vn-legal-docs': 'Search legal documents',
  'vn-qa-form': 'Ask a question',
};

describe('the demo site', { timeout: 180_000 }, () => {
  let server: CliServer;
  let browser: Browser;

  before(async () => {
    for (const file of ['vn-portal.js', 'loader.js']) {
      assert.ok(existsSync(new URL(file, cdn)), `packages/elements/dist/cdn/${file} is missing: run \`npm run build\` first`);
    }
    mkdirSync(screenshots, { recursive: true });
    server = await startCliServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  test('pages come with the strict Content Security Policy, nothing inline, and every element', async () => {
    for (const path of Object.values(demoPaths)) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.equal(policy, demoContentSecurityPolicy);
      for (const directive of ["script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'"]) assert.ok(policy.split('; ').includes(directive), directive);
      assert.doesNotMatch(policy, /unsafe-|data:|\*/);
      const page = await response.text();
      assert.doesNotMatch(page, /<script(?![^>]*\ssrc=)[^>]*>/, 'an inline script');
      assert.doesNotMatch(page, /<style|\sstyle=|\son[a-z]+=/, 'an inline style or handler');
      for (const tag of kitTags) assert.ok(page.includes(`<${tag}`), `${path} embeds <${tag}>`);
    }
    for (const path of ['/cdn/vn-portal.js', '/cdn/loader.js', '/demo/language-switch.js']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /javascript/, path);
      // Read to the end: a response left unread holds its connection open, and the server's stop waits for it.
      assert.ok((await response.arrayBuffer()).byteLength > 0, `${path} has a body`);
    }
    for (const path of ['/api/v1/docs', '/api/v1/openapi.json']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.ok((await response.arrayBuffer()).byteLength > 0, `${path} has a body`);
    }
  });

  for (const [name, path] of Object.entries(demoPaths)) {
    test(`the ${name} page: accessible in vi and en, switched at once, no CSP violation, no error`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 900 });
        const problems = await watchProblems(page);
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await waitForElements(page, kitTags);

        const vietnamese = await elementTexts(page, kitTags);
        assert.deepEqual(await axeViolations(page), [], 'axe, in Vietnamese');
        await page.screenshot({ path: `${screenshots}${name}-vi.png`, fullPage: true });

        await switchLanguage(page, 'en');
        const english = await elementTexts(page, kitTags);
        for (const tag of kitTags) {
          english[tag]?.forEach((text, index) => {
            assert.notEqual(text, vietnamese[tag]?.[index], `<${tag}> #${String(index)} did not change language`);
          });
          const mark = englishMarks[tag];
          if (mark !== undefined) assert.ok(english[tag]?.every((text) => text.includes(mark)), `<${tag}> shows "${mark}"`);
        }
        assert.equal(await page.evaluate(() => document.title), name === 'province' ? 'Bình Sơn Province Web Portal' : 'An Lạc District Web Portal');
        assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
        assert.deepEqual(await axeViolations(page), [], 'axe, in English');
        await page.screenshot({ path: `${screenshots}${name}-en.png`, fullPage: true });

        await switchLanguage(page, 'vi');
        assert.deepEqual(await elementTexts(page, kitTags), vietnamese, 'back in Vietnamese, every element as it was');

        if (name === 'province') await exerciseProvincePage(page, server.url);
        else await checkDistrictScope(page);
        await expectNoProblems(problems);
        await expectViolationsAreSeen(page, problems);
      } finally {
        await page.close();
      }
    });
  }

  for (const [name, path] of Object.entries(demoPaths)) {
    test(`the ${name} page fits a 375 px phone and a 1280 px window in vi and en, in every state`, async () => {
      for (const viewport of [
        { width: 375, height: 812, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
        { width: 1280, height: 900 },
      ]) {
        for (const lang of languages) {
          const page = await browser.newPage();
          try {
            await page.setViewport(viewport);
            await page.goto(`${server.url}${path}?lang=${lang}`, { waitUntil: 'load' });
            await waitForElements(page, kitTags);
            const where = `${path} at ${String(viewport.width)} px in ${lang}`;
            // A page laid out wider than the phone (`width=1000`) is shrunk until its text is unreadable.
            assert.equal(await page.evaluate(() => document.documentElement.clientWidth), viewport.width, `${where}: laid out at the device's width`);
            await expectFits(page, `${where}, loaded`);
            await page.screenshot({ path: `${screenshots}${name}-${String(viewport.width)}-${lang}.png`, fullPage: true });
            await page.click('vn-leader-list >>> [part~="biography-button"]');
            await waitForPart(page, 'vn-leader-list', 'biography');
            await expectFits(page, `${where}, a biography open`);
            await page.click('vn-qa-form >>> [part~="submit-button"]');
            await waitForPart(page, 'vn-qa-form', 'field-error');
            await expectFits(page, `${where}, the Q&A form with its errors`);
            await page.click('vn-legal-docs >>> [part~="result"] a');
            await waitForPart(page, 'vn-legal-docs', 'back-link');
            await expectFits(page, `${where}, a document open`);
          } finally {
            await page.close();
          }
        }
      }
    });
  }

  test('the server logged no error', () => {
    assert.deepEqual(server.errorLogs, []);
  });
});

/** Clicks the page's language link, as a visitor does, and waits for every element to follow. */
async function switchLanguage(page: Page, lang: Language): Promise<void> {
  await page.click(`a[data-switch-lang="${lang}"]`);
  await page.waitForFunction(
    (wanted: string, tags: string[]) =>
      document.documentElement.lang === wanted &&
      tags.every((tag) => [...document.querySelectorAll(tag)].every((element) => (element as Element & { locale?: string }).locale === wanted)),
    { timeout: 10_000, polling: 100 },
    lang,
    [...kitTags],
  );
  // Content rendered after the switch (a biography sanitized in the new language) comes next.
  await page.evaluate(
    (tags: string[]) => Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((element) => (element as Element & { updateComplete: Promise<boolean> }).updateComplete))),
    [...kitTags],
  );
}

/** Waits until the element shows the part (a document, an error, a biography). */
async function waitForPart(page: Page, tag: string, part: string): Promise<void> {
  await page.waitForFunction(
    (name: string, wanted: string) => document.querySelector(name)?.shadowRoot?.querySelector(`[part~="${wanted}"]:not([hidden])`) != null,
    { timeout: 10_000, polling: 100 },
    tag,
    part,
  );
}

/** The page is no wider than the window: no horizontal scrollbar, nothing cut off at the right. */
async function expectFits(page: Page, state: string): Promise<void> {
  // Reading the widths lays out what was just rendered.
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `${state}: the page is ${String(scrollWidth)} px wide in a window of ${String(clientWidth)}`);
}

async function expectNoProblems(problems: PageProblems): Promise<void> {
  assert.deepEqual(await problems.violations(), [], 'securitypolicyviolation events');
  assert.deepEqual(problems.errors, [], 'console errors, uncaught errors and failed requests');
}

/** The watch is live: an inline style the policy forbids is reported (and then forgotten). */
async function expectViolationsAreSeen(page: Page, problems: PageProblems): Promise<void> {
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 1px solid red');
  });
  await page.waitForFunction(() => (window.cspViolations?.length ?? 0) > 0, { timeout: 5000, polling: 100 });
  assert.match((await problems.violations()).join('\n'), /style-src-attr blocked inline in <body>/);
}

/** A visitor opens a biography (the sanitizer is a chunk loaded then) and copies the citation. */
async function exerciseProvincePage(page: Page, origin: string): Promise<void> {
  await page.click('vn-leader-list >>> [part~="biography-button"]');
  const biography = await page.waitForFunction(
    () => document.querySelector('vn-leader-list')?.shadowRoot?.querySelector('[part~="biography"]:not([hidden]) p')?.textContent,
    { timeout: 10_000, polling: 100 },
  );
  assert.match(String(await biography.jsonValue()), /^Sinh năm 1970/);

  await page.browserContext().setPermission(
    origin,
    ...['clipboard-read', 'clipboard-write'].map((name) => ({ permission: { name }, state: 'granted' as const })),
  );
  await page.evaluate(() => {
    document.addEventListener('vn-copy', (event) => (document.body.dataset.copied = (event as CustomEvent<{ text: string }>).detail.text), { once: true });
  });
  await page.click('vn-source-credit >>> [part~="copy-button"]');
  const copied = await page.waitForFunction(() => document.body.dataset.copied, { timeout: 10_000, polling: 100 });
  assert.match(String(await copied.jsonValue()), /^Theo Cổng Thông tin điện tử tỉnh Bình Sơn/);
}

/** The district site shows its own leaders only, and every element is told its agency. */
async function checkDistrictScope(page: Page): Promise<void> {
  const leaders = (await elementTexts(page, ['vn-leader-list']))['vn-leader-list']?.join(' ') ?? '';
  assert.match(leaders, /Trịnh Văn Long/);
  assert.doesNotMatch(leaders, /Hoàng Minh Tuấn|Đỗ Thanh Sơn/);
  const agencies = await page.evaluate(() =>
    [...document.querySelectorAll('vn-leader-list, vn-visit-counter, vn-legal-docs, vn-qa-form, vn-poll')].map((element) => element.getAttribute('agency')),
  );
  assert.deepEqual(new Set(agencies), new Set([districtAgency]));
}
