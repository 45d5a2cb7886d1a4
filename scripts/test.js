// The one test command (`npm test`, also what CI runs): lint, type-check, Node unit tests, then
// browser tests in Chromium. Ends with one "N passed, N failed" line over every test that ran.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePostgres } from './postgres.js';
import { ensureRedis } from './redis.js';

const only = process.argv[2];
// Packages with sources; a package that is still only a name (no src/) is skipped.
const packages = ['schema', 'sdk', 'elements', 'console', 'server'].filter((name) => existsSync(`packages/${name}/src`));

function filesUnder(dir, predicate) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => !file.includes('node_modules') && predicate(file))
    .map((file) => join(dir, file))
    .sort();
}

/** Runs a command, echoing its output, and resolves with its exit code and captured output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const bin = (name) => join('node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

const started = Date.now();
const minutes = (since) => `${((Date.now() - since) / 60_000).toFixed(1)} min`;
const timings = [];

async function step(name, command, args, count, env) {
  console.log(`\n=== ${name} ===`);
  const stepStarted = Date.now();
  const { code, output } = await run(command, args, env);
  timings.push(`${name}: ${minutes(stepStarted)}`);
  const counted = count ? count(output) : undefined;
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
    totals.skipped += counted.skipped;
  }
  if (code !== 0 || (counted && counted.failed > 0)) failures.push(name);
  if (counted && counted.passed + counted.failed === 0) failures.push(`${name} (ran no test)`);
}

const lastNumber = (output, pattern) => {
  const matches = [...output.matchAll(pattern)];
  const last = matches.at(-1);
  return last ? Number(last[1]) : 0;
};

const countNodeTests = (output) => ({
  passed: lastNumber(output, /^ℹ pass (\d+)$/gm),
  failed: lastNumber(output, /^ℹ fail (\d+)$/gm) + lastNumber(output, /^ℹ cancelled (\d+)$/gm),
  skipped: lastNumber(output, /^ℹ skipped (\d+)$/gm) + lastNumber(output, /^ℹ todo (\d+)$/gm),
});

function countBrowserTests(output) {
  // The runner prints "N passed, N failed" per browser on its progress line; the last one is final.
  const match = [...output.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  return match
    ? { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) }
    : { passed: 0, failed: 0, skipped: 0 };
}

if (!only || only === 'static') {
  await step('lint', bin('eslint'), ['--max-warnings', '0', '.']);
  await step('type-check (build)', bin('tsc'), ['-b']);
  for (const name of packages) {
    await step(`type-check ${name} (sources and tests)`, bin('tsc'), ['-p', `packages/${name}/tsconfig.json`]);
  }
}

if (!only || only === 'unit') {
  const unitTests = packages.flatMap((name) =>
    filesUnder(`packages/${name}/src`, (f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts')),
  );
  // The demo site's browser test loads the elements' CDN build, as `npm start` serves it.
  await step('build (CDN bundle of the demo site)', 'npm', ['run', 'build', '--silent']);
  // The server's API suite runs on SQLite and on this PostgreSQL; the cluster tests add this Redis.
  // Two files at a time: each has its own databases and ports, and much of a file's time is spent
  // waiting (on a browser, a child process, a disk flush), so two share the machine's cores well.
  const databaseUrl = await ensurePostgres();
  const redisUrl = await ensureRedis();
  await step(
    'unit tests (Node)',
    process.execPath,
    ['--import', 'tsx', '--conditions=source', '--test', '--test-concurrency=2', '--test-reporter=spec', ...unitTests],
    countNodeTests,
    { TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl },
  );
}

if (!only || only === 'browser') {
  await step('browser tests (Chromium)', bin('web-test-runner'), ['--config', 'web-test-runner.config.js'], countBrowserTests);
  await step('story tests (Storybook build, every story in Chromium)', process.execPath, ['scripts/story-tests.js'], countBrowserTests);
}

console.log(`\n=== summary ===`);
// CI must stay under 30 minutes: where the time goes, so growth is seen.
console.log(`${timings.join('\n')}\nall steps: ${minutes(started)}`);
if (failures.length > 0) console.log(`failed steps: ${failures.join('; ')}`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
