/*
 * Write throughput of the API against the ceiling of a raw Node `http` JSON server measured in the
 * same run: visit hits/s (buffered in memory) and votes/s (one transaction each, committed before
 * the answer). Servers run in their own processes on loopback; the load comes from autocannon.
 *
 *   node --import tsx --conditions=source packages/server/bench/throughput.ts [--duration 10]
 *     [--connections 32] [--dialect sqlite|postgres]
 *
 * PostgreSQL runs with --dialect postgres when TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a
 * server; a database is created for the run and dropped after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { adminQuery } from '../test/test-database.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    dialect: { type: 'string', default: 'sqlite' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const postgresServer = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = ['--import', 'tsx', '--conditions=source'];
const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** A free loopback port, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}

/** Starts a server process on a free port and resolves once it answers. */
async function startProcess(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...args, String(port)], { cwd: repoRoot, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      await fetch(`${base}/healthz`);
      return { child, base };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server did not answer within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}


interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** Posts JSON bodies made per request, so every hit is a new page and every vote a new voter. */
let next = 0;
function run(base: string, path: string, body: (n: number) => unknown, seconds: number) {
  return autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          path,
          headers: { 'content-type': 'application/json', 'user-agent': browser },
          body: JSON.stringify(body(next++)),
        }),
      },
    ],
  });
}

/** Measures after a short warm-up, so every server is compared with its code already optimized. */
async function load(base: string, path: string, body: (n: number) => unknown): Promise<Measure> {
  await run(base, path, body, 2);
  const result = await run(base, path, body, duration);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.errors + result.timeouts + result.non2xx };
}

const hitBody = (n: number) => ({ path: `/tin-tuc/bai-${n}` });
const voteBody = (n: number) => ({ voterToken: `bench-voter-${n.toString().padStart(10, '0')}`, optionIds: ['tot'] });

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-bench-'));
  let databaseName: string | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMITS: 'off', LOG_LEVEL: 'warn', BACKUP_INTERVAL_HOURS: '0' };
  delete env.DATABASE_URL;
  if (values.dialect === 'postgres') {
    if (postgresServer === undefined) throw new Error('PostgreSQL needs TEST_DATABASE_URL or BENCH_DATABASE_URL');
    databaseName = `vnp_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(postgresServer, `CREATE DATABASE ${databaseName}`);
    const url = new URL(postgresServer);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  }
  const rows: [string, Measure][] = [];
  try {
    const raw = await startProcess([...tsx, 'packages/server/bench/raw-json-server.ts'], env);
    try {
      rows.push(['raw node:http JSON server (ceiling)', await load(raw.base, '/hits', hitBody)]);
    } finally {
      await stop(raw.child);
    }
    // The real server, started as `npm start` starts it: migrated and seeded with the demo province.
    const api = await startProcess([...tsx, 'packages/server/src/cli.ts', 'start'], env);
    try {
      rows.push([`visit hits (POST /visits/hits, ${values.dialect})`, await load(api.base, '/api/v1/visits/hits', hitBody)]);
      rows.push([`votes (POST /polls/{id}/votes, ${values.dialect})`, await load(api.base, '/api/v1/polls/binh-chon-1/votes', voteBody)]);
    } finally {
      await stop(api.child);
    }
  } finally {
    if (databaseName !== undefined && postgresServer !== undefined) await adminQuery(postgresServer, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const ceiling = rows[0]?.[1].requestsPerSecond ?? 1;
  console.log(`\n${connections} connections, ${duration} s each, loopback\n`);
  console.log('| scenario | req/s | p50 ms | p99 ms | failures | ratio to raw |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, measure] of rows) {
    const ratio = `${((measure.requestsPerSecond / ceiling) * 100).toFixed(0)} %`;
    console.log(`| ${name} | ${Math.round(measure.requestsPerSecond)} | ${measure.p50} | ${measure.p99} | ${measure.failures} | ${ratio} |`);
  }
}

await main();
