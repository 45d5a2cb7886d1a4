/*
 * What a second server process adds, on PostgreSQL and Redis: visit hits/s and search req/s with
 * one process and with two (the load split between them, as a load balancer would), each as a
 * ratio to the ceiling of a raw Node `http` server measured in the same run, itself with one
 * process and with two. Servers run in their own processes on loopback; the load comes from
 * autocannon in this process, bounded in time.
 *
 *   node --import tsx --conditions=source packages/server/bench/cluster.ts [--duration 5]
 *     [--connections 32] [--documents 10000]
 *
 * Runs when TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a PostgreSQL server and
 * TEST_REDIS_URL (or BENCH_REDIS_URL) a Redis; a database and a key prefix are made for the run
 * and dropped after it.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createDatabase, migrateToLatest } from '../src/db/database.js';
import { seedSyntheticDocuments } from '../src/seed/legal-documents.js';
import { benchDatabase, benchDialects, measureSpread, percent, printTable, startServer, stopServer, tsx, type BenchServer, type Load, type Measure } from './harness.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    documents: { type: 'string', default: '10000' },
  },
});
const seconds = Number(values.duration);
const connections = Number(values.connections);
const documentCount = Number(values.documents);
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** Popular searches, over and over: what a portal's search box mostly sees (answers cached per process). */
const searches = ['q=thong+tin', 'q=quyet+dinh', 'q=ke+hoach', 'q=thu+tuc+hanh+chinh', '', 'type=decision&year=2020', 'q=cong&page=2', 'agency=stttt&sort=issued-desc'].map(
  (query) => `/api/v1/legal-documents?${query}`,
);

let next = 0;
const hits = (duration: number): Load => ({
  connections,
  seconds: duration,
  // Every hit a new page, so none is a reload.
  request: () => ({ method: 'POST', path: '/api/v1/visits/hits', headers: { 'content-type': 'application/json', 'user-agent': browser }, body: JSON.stringify({ path: `/tin-tuc/bai-${next++}` }) }),
});
const searching = (paths: readonly string[], duration: number): Load => ({ connections, seconds: duration, request: () => ({ method: 'GET', path: paths[next++ % paths.length] ?? '/' }) });
const ceilingHits = (duration: number): Load => ({ ...hits(duration), request: () => ({ ...hits(duration).request(), path: '/hits' }) });

/** Measures after a short warm-up, so every server is compared with its code already optimized. */
async function warmed(servers: readonly BenchServer[], load: (duration: number) => Load): Promise<Measure> {
  await measureSpread(servers, load(1));
  return measureSpread(servers, load(seconds));
}

async function startMany(count: number, args: readonly string[]): Promise<BenchServer[]> {
  return Promise.all(Array.from({ length: count }, () => startServer(args, process.env, '/')));
}

const stopAll = (servers: readonly BenchServer[]) => Promise.all(servers.map((server) => stopServer(server)));

async function main(): Promise<void> {
  if (benchDialects('postgres').length === 0 || redisUrl === undefined) {
    console.log('cluster: skipped, set TEST_DATABASE_URL and TEST_REDIS_URL (or BENCH_DATABASE_URL and BENCH_REDIS_URL) to run it');
    return;
  }
  const target = await benchDatabase('postgres');
  const keyPrefix = `vn-portal-bench-${randomBytes(6).toString('hex')}:`;
  const rows: { name: string; processes: number; measure: Measure; ceiling: string }[] = [];
  try {
    const database = createDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
    try {
      await migrateToLatest(database.db);
      await seedSyntheticDocuments(database.db, documentCount, 1);
    } finally {
      await database.destroy();
    }
    const env = { ...target.env, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix, ENCRYPTION_KEY: randomBytes(32).toString('base64') };
    const searchPath = searches[0] ?? '/';
    // Ready once its search index is loaded.
    const startApi = () => startServer([...tsx, 'packages/server/src/cli.ts', 'start'], env, searchPath);
    const api = [await startApi()];
    const answerFile = join(target.dataDir, 'search-answer.json');
    try {
      writeFileSync(answerFile, await (await fetch(`${api[0]?.base ?? ''}${searchPath}`)).text());
      for (const count of [1, 2]) {
        // The second starts once the first has migrated and seeded the database.
        if (count === 2) api.push(await startApi());
        rows.push({ name: 'visit hits (POST /visits/hits)', processes: count, measure: await warmed(api, hits), ceiling: 'hits' });
        rows.push({ name: 'search (GET /legal-documents, popular mix)', processes: count, measure: await warmed(api, (duration) => searching(searches, duration)), ceiling: 'search' });
      }
    } finally {
      await stopAll(api);
    }
    for (const count of [1, 2]) {
      const raw = await startMany(count, [...tsx, 'packages/server/bench/raw-json-server.ts']);
      try {
        rows.push({ name: 'raw node:http, a hit (ceiling)', processes: count, measure: await warmed(raw, ceilingHits), ceiling: 'hits' });
      } finally {
        await stopAll(raw);
      }
      const rawSearch = await startMany(count, [...tsx, 'packages/server/bench/raw-json-server.ts', answerFile]);
      try {
        rows.push({ name: 'raw node:http, a search answer (ceiling)', processes: count, measure: await warmed(rawSearch, (duration) => searching(['/'], duration)), ceiling: 'search' });
      } finally {
        await stopAll(rawSearch);
      }
    }
  } finally {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await target.drop();
  }

  const ceilingOf = (ceiling: string, processes: number) => rows.find((row) => row.ceiling === ceiling && row.processes === processes && row.name.startsWith('raw'))?.measure.requestsPerSecond ?? 1;
  const oneProcess = (row: (typeof rows)[number]) => rows.find((other) => other.name === row.name && other.processes === 1)?.measure.requestsPerSecond ?? 1;
  console.log(`\nOne process and two, on PostgreSQL and Redis: ${connections} connections split between the processes, ${seconds} s per row, ${documentCount} synthetic documents, loopback\n`);
  printTable(
    ['scenario', 'processes', 'req/s', 'ratio to raw (1 process)', 'ratio to raw (as many processes)', 'two / one', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'load avg', 'failures'],
    rows.map((row) => [
      row.name,
      row.processes,
      Math.round(row.measure.requestsPerSecond),
      percent(row.measure.requestsPerSecond, ceilingOf(row.ceiling, 1)),
      percent(row.measure.requestsPerSecond, ceilingOf(row.ceiling, row.processes)),
      row.processes === 1 ? '' : (row.measure.requestsPerSecond / oneProcess(row)).toFixed(2),
      row.measure.p50,
      row.measure.p99,
      row.measure.cpuPerRequest.toFixed(2),
      row.measure.loadAverage.toFixed(1),
      row.measure.failures,
    ]),
  );
  console.log(
    '\nA second process helps when the machine has a core for it: compare "two / one" of the API with the raw rows\' on the same machine. "Ratio to raw (as many processes)" staying put means the shared state (Redis, PostgreSQL) is not what limits.',
  );
}

await main();
