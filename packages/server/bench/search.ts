/*
 * Legal-document search under load: 100,000 synthetic documents, the real server in its own
 * process on loopback, 16 concurrent clients, a mix of rare and frequent words, numbers, filters
 * and pages. Prints p50/p99 and requests per second per database and cache mode, each beside the
 * ceiling measured in the same run: a raw Node `http` server answering the same bytes a search
 * answer has, with no work at all.
 *
 * Beside our engine, the database's own full-text search answers the same route under the same
 * load (see `fulltext/fulltext-server.ts`): SQLite FTS5 in a worker thread, and PostgreSQL
 * full-text search with `unaccent`, both with our folding and the facet counts in SQL. The total
 * each finds for each query of the mix is checked against ours and the differences printed.
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
  engine: string;
  mode: string;
  measure: Measure;
}

const fulltextEngines: Record<DialectName, { name: string; argument: string }> = {
  sqlite: { name: 'SQLite FTS5', argument: 'fts5' },
  postgres: { name: 'PostgreSQL FTS', argument: 'postgres' },
};

/** The total each query of the repeated mix finds, by path. */
async function totals(server: BenchServer): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const path of paths(true)) found.set(path, ((await (await fetch(`${server.base}${path}`)).json()) as { total: number }).total);
  return found;
}

/** Both mixes, after warming the JIT and the driver; the rows pushed under `engine`. */
async function measureMixes(server: BenchServer, dialect: DialectName, engine: string, rows: Row[]): Promise<void> {
  await measure(server, cycling(paths(false), 3));
  for (const repeated of [true, false]) {
    rows.push({ dialect, engine, mode: repeated ? 'repeated mix (cached)' : 'all distinct (uncached)', measure: await measure(server, cycling(paths(repeated), seconds)) });
  }
}

/**
 * The API under both mixes; the first search loads the index, timed as the cost of a cold start.
 * Answers the file holding a sample answer, and the totals our engine found.
 */
async function measureApi(database: BenchDatabase, rows: Row[]): Promise<{ answerFile: string; found: Map<string, number> }> {
  const profile = process.env.BENCH_CPU_PROFILE;
  const started = performance.now();
  const api = await startServer([...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...tsx, 'packages/server/src/cli.ts', 'start'], database.env, '/api/v1/legal-documents?q=thong+tin');
  console.log(`${database.dialect}: server up and index loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    // The answer the ceiling sends: a distinct search's, as large as the ones measured.
    const sample = await (await fetch(`${api.base}${paths(false)[5] ?? '/'}`)).text();
    const answerFile = join(database.dataDir, 'search-answer.json');
    writeFileSync(answerFile, sample);
    await measureMixes(api, database.dialect, 'ours', rows);
    return { answerFile, found: await totals(api) };
  } finally {
    await stopServer(api);
  }
}

/** The database's own full-text search under both mixes, its index built before it listens. */
async function measureFulltext(database: BenchDatabase, ours: Map<string, number>, rows: Row[]): Promise<void> {
  const engine = fulltextEngines[database.dialect];
  const started = performance.now();
  const server = await startServer([...tsx, 'packages/server/bench/fulltext/fulltext-server.ts', engine.argument], database.env, '/api/v1/legal-documents?q=thong+tin');
  console.log(`${database.dialect}: ${engine.name} up and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const found = await totals(server);
    const differing = [...ours].filter(([path, total]) => found.get(path) !== total);
    console.log(`${database.dialect}: ${engine.name} finds the same total as ours for ${String(ours.size - differing.length)} of ${String(ours.size)} queries of the mix`);
    for (const [path, total] of differing) console.log(`  ${decodeURIComponent(path)}: ours ${String(total)}, ${engine.name} ${String(found.get(path))}`);
    await measureMixes(server, database.dialect, engine.name, rows);
  } finally {
    await stopServer(server);
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
      const { answerFile, found } = await measureApi(database, rows);
      await measureFulltext(database, found, rows);
      rows.push({ dialect, engine: 'none', mode: 'raw node:http, same answer (ceiling)', measure: await measureCeiling(answerFile) });
    } finally {
      await database.drop();
    }
  }

  console.log(`\nLegal-document search: ${documentCount} documents, ${connections} concurrent clients, ${seconds} s per row, loopback\n`);
  printTable(
    ['database', 'search', 'mode', 'req/s', 'ratio to raw', 'p50 ms', 'p90 ms', 'p99 ms', 'p50 / raw', 'p99 / raw', 'max ms', 'server CPU ms/req', 'load avg', 'failures'],
    rows.map(({ dialect, engine, mode, measure: row }) => {
      const ceiling = rows.find((other) => other.dialect === dialect && other.mode.startsWith('raw'))?.measure ?? row;
      return [
        dialect,
        engine,
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
  console.log('The full-text rows match exact words only (no typo correction, closest-results fallback or ranking by legal force): a lower bound of their cost.');
}

await main();
