/*
 * Legal-document search under load: 100,000 synthetic documents, the real server in its own
 * process on loopback, 16 concurrent clients, a mix of rare and frequent words, numbers, filters
 * and pages. Prints p50/p99 and requests per second per database and cache mode, each beside the
 * ceiling measured in the same run: a raw Node `http` server answering the same bytes a search
 * answer has, with no work at all.
 *
 *   node --import tsx --conditions=source packages/server/bench/search.ts [--documents 100000]
 *     [--duration 15] [--connections 16] [--dialects sqlite,postgres]
 *
 * PostgreSQL runs when TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a server; a database is
 * created for the run and dropped after it. To see where a server's time goes, set
 * BENCH_CPU_PROFILE to a directory: the API server writes a V8 CPU profile there on exit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest, type DialectName } from '../src/db/database.js';
import { seedSyntheticDocuments } from '../src/seed/legal-documents.js';
import { benchDatabase, benchDialects, measure, percent, printTable, startServer, stopServer, times, tsx, type BenchDatabase, type BenchServer, type Measure } from './harness.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    dialects: { type: 'string', default: 'sqlite,postgres' },
  },
});
const documentCount = Number(values.documents);
const seconds = Number(values.duration);
const connections = Number(values.connections);

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

/** A fresh database with the demo province's schema and `documentCount` synthetic documents. */
async function seeded(dialect: DialectName): Promise<BenchDatabase> {
  const target = await benchDatabase(dialect);
  const database = createDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl });
  try {
    await migrateToLatest(database.db);
    const started = performance.now();
    await seedSyntheticDocuments(database.db, documentCount, 1);
    console.log(`${dialect}: ${documentCount} documents inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.destroy();
  }
  return target;
}

/** Sends the paths round-robin, one per request, from every client. */
function cycling(list: readonly string[], duration: number) {
  let next = 0;
  return { connections, seconds: duration, request: () => ({ method: 'GET' as const, path: list[next++ % list.length] ?? '/' }) };
}

interface Row {
  dialect: DialectName;
  mode: string;
  measure: Measure;
}

/** The API under both mixes; the first search loads the index, timed as the cost of a cold start. */
async function measureApi(database: BenchDatabase, rows: Row[]): Promise<string> {
  const profile = process.env.BENCH_CPU_PROFILE;
  const started = performance.now();
  const api = await startServer([...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...tsx, 'packages/server/src/cli.ts', 'start'], database.env, '/api/v1/legal-documents?q=thong+tin');
  console.log(`${database.dialect}: server up and index loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    // The answer the ceiling sends: a distinct search's, as large as the ones measured.
    const sample = await (await fetch(`${api.base}${paths(false)[5] ?? '/'}`)).text();
    const answerFile = join(database.dataDir, 'search-answer.json');
    writeFileSync(answerFile, sample);
    // Warm the JIT and the driver before measuring.
    await measure(api, cycling(paths(false), 3));
    for (const repeated of [true, false]) {
      rows.push({ dialect: database.dialect, mode: repeated ? 'repeated mix (cached)' : 'all distinct (uncached)', measure: await measure(api, cycling(paths(repeated), seconds)) });
    }
    return answerFile;
  } finally {
    await stopServer(api);
  }
}

async function measureCeiling(answerFile: string): Promise<Measure> {
  const raw: BenchServer = await startServer([...tsx, 'packages/server/bench/raw-json-server.ts', answerFile], process.env, '/');
  try {
    await measure(raw, cycling(['/'], 2));
    return await measure(raw, cycling(['/'], seconds));
  } finally {
    await stopServer(raw);
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const dialect of benchDialects(values.dialects)) {
    const database = await seeded(dialect);
    try {
      const answerFile = await measureApi(database, rows);
      rows.push({ dialect, mode: 'raw node:http, same answer (ceiling)', measure: await measureCeiling(answerFile) });
    } finally {
      await database.drop();
    }
  }

  console.log(`\nLegal-document search: ${documentCount} documents, ${connections} concurrent clients, ${seconds} s per row, loopback\n`);
  printTable(
    ['database', 'mode', 'req/s', 'ratio to raw', 'p50 ms', 'p90 ms', 'p99 ms', 'p50 / raw', 'p99 / raw', 'max ms', 'server CPU ms/req', 'load avg', 'failures'],
    rows.map(({ dialect, mode, measure: row }) => {
      const ceiling = rows.find((other) => other.dialect === dialect && other.mode.startsWith('raw'))?.measure ?? row;
      return [
        dialect,
        mode,
        Math.round(row.requestsPerSecond),
        percent(row.requestsPerSecond, ceiling.requestsPerSecond),
        row.p50,
        row.p90,
        row.p99,
        times(row.p50, ceiling.p50),
        times(row.p99, ceiling.p99),
        row.max,
        row.cpuPerRequest.toFixed(2),
        row.loadAverage.toFixed(1),
        row.failures,
      ];
    }),
  );
  console.log('\nTarget (issue 3): search p99 ≤ 20 ms over the mix of rare and frequent words. The all-distinct row, where no answer is ever cached, is the worst case beside it.');
}

await main();
