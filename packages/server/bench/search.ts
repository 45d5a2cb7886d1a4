/*
 * Legal-document search under load: 100,000 synthetic documents, the real server in its own
 * process on loopback, 16 concurrent clients, a mix of rare and frequent words, numbers, filters
 * and pages. Prints p50/p99 and requests per second per database and cache mode.
 *
 *   node --import tsx --conditions=source packages/server/bench/search.ts [--documents 100000]
 *     [--duration 15] [--dialects sqlite,postgres]
 *
 * PostgreSQL runs when TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a server; a database is
 * created for the run and dropped after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createDatabase, migrateToLatest, type DialectName } from '../src/db/database.js';
import { seedSyntheticDocuments } from '../src/legal-documents/seed/seed.js';
import { adminQuery } from '../test/test-database.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    dialects: { type: 'string', default: 'sqlite,postgres' },
  },
});
const documentCount = Number(values.documents);
const duration = Number(values.duration);
const connections = Number(values.connections);
const postgresServer = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** Rare words (a few hundred hits), frequent ones (tens of thousands), numbers, filters, paging. */
const queries = [
  'q=s%C3%A2m+Ng%E1%BB%8Dc+Linh',
  'q=ho+tieu',
  'q=thanh+long+ruot+do',
  'q=gom+thanh+ha',
  'q=cau+treo+dan+sinh',
  'q=thong+tin',
  'q=cong',
  'q=quyet+dinh',
  'q=c%E1%BB%95ng+th%C3%B4ng+tin+%C4%91i%E1%BB%87n+t%E1%BB%AD',
  'q=quyet+dinh+cong+thong+tin',
  'q=ke+hoach',
  'q=thu+tuc+hanh+chinh',
  'q=10%2F2024',
  'q=Q%C4%90-UBND',
  'q=42%2F2022%2FND-CP',
  'q=3069',
  'q=ND-CP',
  '',
  'type=decision&year=2020',
  'q=thong+tin&type=decision&type=plan',
  'q=cong&status=in-force&sort=issued-desc',
  'q=dat+dai&field=dat-dai&sort=issued-asc',
  'agency=stttt&sort=effective-desc',
  'q=thong+tin&page=3',
];

/**
 * Request paths in the order the clients send them. Repeated: the mix over and over, as popular
 * searches come back. Distinct: every query with each year of the register as a filter, sent
 * round-robin, so each request is a search the server has not cached (768 of them, more than the
 * 500 it keeps): the worst case, every request matched, counted and ranked anew.
 */
function paths(repeated: boolean): string[] {
  if (repeated) return queries.map((query) => `/api/v1/legal-documents?${query}`);
  const distinct: string[] = [];
  for (let year = 1995; year <= 2026; year++) for (const query of queries) distinct.push(`/api/v1/legal-documents?${query}&year=${year}`);
  return distinct;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));


interface Target {
  dialect: DialectName;
  dataDir: string;
  databaseUrl: string | undefined;
  cleanup: () => Promise<void>;
}

async function prepare(dialect: DialectName): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vn-portal-bench-'));
  let databaseUrl: string | undefined;
  let name: string | undefined;
  if (dialect === 'postgres') {
    if (postgresServer === undefined) throw new Error('PostgreSQL needs TEST_DATABASE_URL or BENCH_DATABASE_URL');
    name = `vnp_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(postgresServer, `CREATE DATABASE ${name}`);
    const url = new URL(postgresServer);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const database = createDatabase({ dataDir, databaseUrl });
  await migrateToLatest(database.db);
  const started = performance.now();
  await seedSyntheticDocuments(database.db, documentCount, 1);
  console.log(`${dialect}: ${documentCount} documents inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.destroy();
  return {
    dialect,
    dataDir,
    databaseUrl,
    cleanup: async () => {
      if (name !== undefined && postgresServer !== undefined) await adminQuery(postgresServer, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real server (CLI `start`) in its own process; resolves once it answers a search. */
async function startServer(target: Target, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: target.dataDir, RATE_LIMITS: 'off', LOG_LEVEL: 'warn' };
  if (target.databaseUrl === undefined) delete env.DATABASE_URL;
  else env.DATABASE_URL = target.databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/server/src/cli.ts', 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      // The first search loads the index: time it, as the cost of a cold start.
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/legal-documents?q=thong+tin`);
      if (response.ok) {
        console.log(`${target.dialect}: first search (index load) ${((performance.now() - started) / 1000).toFixed(1)} s`);
        return child;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Row {
  dialect: string;
  mode: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  failures: number;
  /** Server CPU per request: unlike latency, barely moved by other work on the machine. */
  cpuPerRequest: number;
  /** One-minute load average when the row started, the caveat every latency carries. */
  loadAverage: number;
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

async function load(server: ChildProcess, port: number, repeated: boolean, seconds: number): Promise<Omit<Row, 'dialect' | 'mode'>> {
  const list = paths(repeated);
  let next = 0;
  const loadAverage = loadavg()[0] ?? 0;
  const cpuBefore = cpuTime(server.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: list[next++ % list.length] ?? '/' }),
      },
    ],
  });
  return {
    cpuPerRequest: (cpuTime(server.pid) - cpuBefore) / Math.max(result.requests.total, 1),
    loadAverage,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

async function main(): Promise<void> {
  const dialects = (values.dialects.split(',') as DialectName[]).filter((dialect) => dialect === 'sqlite' || postgresServer !== undefined);
  const rows: Row[] = [];
  let port = 18_480;
  for (const dialect of dialects) {
    const target = await prepare(dialect);
    const server = await startServer(target, ++port);
    try {
      // Warm the JIT and the driver before measuring.
      await load(server, port, false, 3);
      for (const repeated of [true, false]) {
        rows.push({ dialect, mode: repeated ? 'repeated mix (cached)' : 'all distinct (uncached)', ...(await load(server, port, repeated, duration)) });
      }
    } finally {
      await stopServer(server);
      await target.cleanup();
    }
  }

  console.log(`\nLegal-document search: ${documentCount} documents, ${connections} concurrent clients, ${duration} s per row, loopback`);
  console.table(
    rows.map((row) => ({
      database: row.dialect,
      mode: row.mode,
      'req/s': Math.round(row.requestsPerSecond),
      'p50 ms': row.p50,
      'p90 ms': row.p90,
      'p99 ms': row.p99,
      'max ms': row.max,
      'server CPU ms/req': Number(row.cpuPerRequest.toFixed(2)),
      'load avg': Number(row.loadAverage.toFixed(1)),
      failures: row.failures,
    })),
  );
}

await main();
