// Story tests: builds Storybook (`storybook-static/`), serves it on loopback and renders every
// story in headless Chromium, one page per story. A story passes when it renders, its play function
// passes, axe-core (run by Storybook's a11y addon after the play function) finds no violation of the
// WCAG 2.2 A/AA rules in the page, and nothing is logged as an error.
//
//   node scripts/story-tests.js [--no-build] [filter]   filter: part of a story id, e.g. "leader-list"
//
// Ends with "N passed, N failed". The mocked API is served by Mock Service Worker inside the page:
// no server runs but this static one, and Chromium resolves no host name.
/* global window */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, ensureChromium } from './chromium.js';

const outputDir = resolve('storybook-static');
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const filter = args.find((arg) => !arg.startsWith('--'));
const concurrency = Number(process.env.STORY_TEST_CONCURRENCY ?? 2);
/** A safety net for a story that never finishes, not a performance assertion. */
const storyTimeout = 90_000;

/** Runs a tool quietly: its output is shown only when it fails. */
function runQuietly(what, command, commandArgs) {
  return new Promise((resolveRun, reject) => {
    const started = Date.now();
    const child = spawn(join('node_modules', '.bin', command), commandArgs, {
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolveRun();
      } else {
        process.stderr.write(output);
        reject(new Error(`${command} exited with ${code}`));
      }
    });
  });
}

async function buildStorybook() {
  // Vite strips the types without checking them.
  await runQuietly('type-checked the stories', 'tsc', ['-p', 'stories/tsconfig.json']);
  await runQuietly('built Storybook', 'storybook', ['build', '--quiet', '--output-dir', outputDir]);
}

const mediaTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the built Storybook on a free loopback port. */
function serveStatic(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    // Chromium asks every origin for one; Storybook's is an SVG linked from the page.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': mediaTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/**
 * Installed in every page before Storybook's scripts: records what Storybook's preview says about
 * the story it renders (on its channel, which it publishes as a global).
 */
function recordStoryEvents() {
  const record = { finished: false, status: undefined, reports: [], errors: [] };
  window.__storyTest = record;
  const describe = (detail) => (typeof detail === 'string' ? detail : [detail?.message ?? detail?.title, detail?.description ?? detail?.stack].filter(Boolean).join('\n') || JSON.stringify(detail));
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (typeof value?.on !== 'function') return;
      value.on('storyFinished', ({ status, reporters }) => {
        record.status = status;
        record.reports = (reporters ?? []).map((report) => ({
          type: report.type,
          status: report.status,
          violations: (report.result?.violations ?? []).map(
            (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
          ),
          error: report.result?.error ? describe(report.result.error) : undefined,
        }));
        record.finished = true;
      });
      for (const event of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing']) {
        value.on(event, (detail) => {
          record.errors.push(`${event}: ${describe(detail)}`);
          if (event === 'storyMissing' || event === 'storyErrored') record.finished = true;
        });
      }
    },
  });
}

async function testStory(page, cdp, origin, story) {
  const problems = [];
  const onConsole = (message) => {
    if (message.type() !== 'error') return;
    const { url = '' } = message.location();
    // A request the mocked API was told to fail is logged by the browser: that is the story.
    if (message.text().startsWith('Failed to load resource') && !url.startsWith(origin)) return;
    problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
  };
  const onPageError = (error) => problems.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    // Through the protocol: puppeteer's own emulation does not know forced-colors.
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'forced-colors', value: story.tags.includes('forced-colors') ? 'active' : 'none' },
      ],
    });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: storyTimeout });
    await page.waitForFunction(() => window.__storyTest?.finished, { timeout: storyTimeout, polling: 100 });
    const record = await page.evaluate(() => window.__storyTest);
    problems.push(...record.errors);
    if (record.status !== 'success') problems.push(`Storybook reports the story as ${record.status ?? 'unfinished'}`);
    // Storybook's a11y addon runs axe-core after the play function, with the WCAG 2.2 A/AA rules
    // (`.storybook/preview.ts`); a story without its report has had the check turned off.
    if (!record.reports.some((report) => report.type === 'a11y')) problems.push('no accessibility report: the a11y check did not run');
    for (const report of record.reports.filter((report) => report.status !== 'passed')) {
      problems.push(`${report.type} report ${report.status}${report.error ? `: ${report.error}` : ''}`, ...report.violations.map((violation) => `  axe: ${violation}`));
    }
  } catch (error) {
    problems.push(String(error instanceof Error ? error.message : error));
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}

if (build) await buildStorybook();
const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)))
  .map((entry) => ({ id: entry.id, tags: entry.tags ?? [] }));

const server = await serveStatic(outputDir);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: [
    ...chromiumFlags,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // The mocked API's host must never be looked up: everything it answers comes from the worker.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

const started = Date.now();
const results = [];
try {
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, stories.length) }, async () => {
      // A browser context (a window) per worker: a background tab would be hidden, and its timers
      // throttled, which the elements (rightly) react to.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.evaluateOnNewDocument(recordStoryEvents);
      const cdp = await page.createCDPSession();
      for (let story = queue.shift(); story; story = queue.shift()) {
        const storyStarted = Date.now();
        const problems = await testStory(page, cdp, origin, story);
        results.push({ story, problems });
        const seconds = ((Date.now() - storyStarted) / 1000).toFixed(1);
        console.log(problems.length === 0 ? `  ✔ ${story.id} (${seconds} s)` : `  ✘ ${story.id} (${seconds} s)\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
      }
      await context.close();
    }),
  );
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`\n${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 || stories.length === 0 ? 1 : 0);
