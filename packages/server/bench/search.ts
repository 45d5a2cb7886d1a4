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
import type { DialectName } from '../src/db/database.js';
import { benchDialects, measure, percent, printTable, startServer, stopServer, times, tsx, type BenchDatabase, type BenchServer, type Measure } from './harness.js';
import { cycling as cyclingFor, paths, seeded } from './search-mix.js';

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
const cycling = (list: readonly string[], duration: number) => cyclingFor(list, connections, duration);

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
    const database = await seeded(dialect, documentCount);
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
