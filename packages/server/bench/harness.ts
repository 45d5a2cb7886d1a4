/*
 * What the benchmarks share: databases made for a run and dropped after it, servers in their own
 * processes on loopback, load from autocannon in this process, and a ceiling to compare with.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { DialectName } from '../src/db/database.js';
import { adminQuery } from '../test/test-database.js';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const tsx = ['--import', 'tsx', '--conditions=source'];
const postgresServer = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** The dialects asked for that can run here: PostgreSQL only when a server is named. */
export function benchDialects(asked: string): DialectName[] {
  const dialects = asked.split(',').filter((dialect): dialect is DialectName => dialect === 'sqlite' || dialect === 'postgres');
  if (dialects.includes('postgres') && postgresServer === undefined) console.log('postgres: skipped, set TEST_DATABASE_URL (or BENCH_DATABASE_URL) to run it');
  return dialects.filter((dialect) => dialect === 'sqlite' || postgresServer !== undefined);
}

export interface BenchDatabase {
  dialect: DialectName;
  dataDir: string;
  /** `undefined` for SQLite, which lives in `dataDir`. */
  databaseUrl: string | undefined;
  /** The server environment that uses this database. */
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

/**
 * An empty data directory and, for PostgreSQL, a database of its own on the named server; or, with
 * `copyOf` (a database no connection is open to), a copy of that one.
 */
export async function benchDatabase(dialect: DialectName, copyOf?: BenchDatabase): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-bench-'));
  if (copyOf !== undefined && dialect === 'sqlite') cpSync(copyOf.dataDir, dataDir, { recursive: true });
  let name: string | undefined;
  let databaseUrl: string | undefined;
  if (dialect === 'postgres' && postgresServer !== undefined) {
    name = `vnp_bench_${randomBytes(6).toString('hex')}`;
    const template = copyOf?.databaseUrl === undefined ? '' : ` TEMPLATE ${new URL(copyOf.databaseUrl).pathname.slice(1)}`;
    await adminQuery(postgresServer, `CREATE DATABASE ${name}${template}`);
    const url = new URL(postgresServer);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMITS: 'off', LOG_LEVEL: 'warn', BACKUP_INTERVAL_HOURS: '0' };
  if (databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = databaseUrl;
  return {
    dialect,
    dataDir,
    databaseUrl,
    env,
    drop: async () => {
      if (name !== undefined && postgresServer !== undefined) await adminQuery(postgresServer, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

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

export interface BenchServer {
  child: ChildProcess;
  base: string;
}

/**
 * Starts `node <args>` in `cwd` (the repository's root unless another tree's, as a build to compare)
 * with PORT set to a free port, and resolves once `readyPath` answers 2xx;
 * gives up after two minutes (loading 100,000 documents into the search index takes seconds).
 */
export async function startServer(args: readonly string[], env: NodeJS.ProcessEnv, readyPath: string, cwd = repoRoot): Promise<BenchServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, args, { cwd, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return { child, base };
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

export async function stopServer({ child }: BenchServer): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** CPU time a process has used, in ms, from Linux's /proc (0 elsewhere). */
function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export interface Measure {
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failures: number;
  /** Server CPU per request: unlike latency, barely moved by other work on the machine. */
  cpuPerRequest: number;
  /** One-minute load average when the measure started, the caveat every latency carries. */
  loadAverage: number;
}

export interface Load {
  connections: number;
  seconds: number;
  /** The request to send, made anew for each one. */
  request: () => { method: 'GET' | 'POST'; path: string; body?: string; headers?: Record<string, string> };
}

/** Load bounded in time, with `connections` clients each sending its next request on every answer. */
export async function measure(server: BenchServer, load: Load): Promise<Measure> {
  const loadAverage = loadavg()[0] ?? 0;
  const cpuBefore = cpuTime(server.child.pid);
  const result = await autocannon({
    url: server.base,
    connections: load.connections,
    duration: load.seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...load.request() }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.errors + result.timeouts + result.non2xx,
    cpuPerRequest: (cpuTime(server.child.pid) - cpuBefore) / Math.max(result.requests.total, 1),
    loadAverage,
  };
}

/** A Markdown table, so that a run pastes as is into an issue or a pull request. */
export function printTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, at) => (at === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

export const percent = (part: number, whole: number): string => `${((part / Math.max(whole, 1e-9)) * 100).toFixed(0)} %`;
export const times = (part: number, whole: number): string => `${(part / Math.max(whole, 1)).toFixed(1)}×`;

/**
 * The same load spread over several servers, as a load balancer spreads it: the clients split
 * evenly, all measured at once. Requests per second add up; the percentiles are the worst server's.
 */
export async function measureSpread(servers: readonly BenchServer[], load: Load): Promise<Measure> {
  const connections = Math.max(1, Math.round(load.connections / servers.length));
  const each = await Promise.all(servers.map((server) => measure(server, { ...load, connections })));
  const worst = (pick: (row: Measure) => number) => Math.max(...each.map(pick));
  const requests = each.map((row) => row.requestsPerSecond * load.seconds);
  const totalRequests = requests.reduce((sum, count) => sum + count, 0);
  return {
    requestsPerSecond: each.reduce((sum, row) => sum + row.requestsPerSecond, 0),
    p50: worst((row) => row.p50),
    p90: worst((row) => row.p90),
    p99: worst((row) => row.p99),
    max: worst((row) => row.max),
    failures: each.reduce((sum, row) => sum + row.failures, 0),
    cpuPerRequest: each.reduce((sum, row, at) => sum + row.cpuPerRequest * (requests[at] ?? 0), 0) / Math.max(totalRequests, 1),
    loadAverage: each[0]?.loadAverage ?? 0,
  };
}
