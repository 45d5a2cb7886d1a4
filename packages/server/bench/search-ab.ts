/*
 * Search before and after a change, in one run: the tree of a git revision (`--before`, extracted
 * to a temporary directory and run from its sources) against the working tree, over the same
 * database, the same 100,000 synthetic documents and the same requests as `search.ts`, on a
 * machine that may be busy with other work.
 *
 * Two measures, each taken in alternating rounds (before, after, then after, before…), the two
 * builds' measures of a workload one right after the other, so that a burst of other work lands
 * on both alike. Reported as the median of the rounds, and the ratio after / before as the median
 * of the rounds' own ratios: a shared machine's speed shifts between rounds (by half, seen here),
 * and a ratio of medians taken across such a shift compares a fast round with a slow one.
 * - the engine alone: each build's `SearchEngine` in a process of its own, searches sent one after
 *   the other; CPU time per search, which other work on the machine barely moves;
 * - the API under load: each build's server on loopback with 16 clients, p50/p99, requests per
 *   second and server CPU per request, beside the raw Node `http` ceiling measured in the same
 *   rounds.
 *
 *   node --import tsx --conditions=source packages/server/bench/search-ab.ts --before <git ref>
 *     [--documents 100000] [--rounds 3] [--duration 8] [--connections 16] [--dialects sqlite,postgres]
 *
 * The before tree's migrations must be the working tree's first ones. PostgreSQL runs when
 * TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a server.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { EngineMeasure, EngineRound } from './engine-cpu.js';
import { sql } from 'kysely';
import { createDatabase, type DialectName } from '../src/db/database.js';
import { migrations } from '../src/db/migrations.js';
import { benchDatabase, benchDialects, measure, printTable, repoRoot, startServer, stopServer, times, tsx, type BenchDatabase, type BenchServer, type Measure } from './harness.js';
import { cycling, paths, seeded } from './search-mix.js';

const { values } = parseArgs({
  options: {
    before: { type: 'string', default: 'main' },
    documents: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '16' },
    dialects: { type: 'string', default: 'sqlite,postgres' },
  },
});
const documentCount = Number(values.documents);
const rounds = Number(values.rounds);
const seconds = Number(values.duration);
const connections = Number(values.connections);

interface Build {
  name: 'before' | 'after';
  root: string;
  /** The migrations its tree knows, when they are fewer than the working tree's. */
  migrations?: readonly string[];
}

/** The migrations of a tree that has fewer than the working tree, each one of the working tree's first ones. */
async function earlierMigrations(root: string): Promise<readonly string[] | undefined> {
  const own = Object.keys(((await import(pathToFileURL(join(root, 'packages/server/src/db/migrations.ts')).href)) as { migrations: Record<string, unknown> }).migrations);
  const ours = Object.keys(migrations);
  if (own.some((name, at) => ours[at] !== name)) throw new Error(`the builds' migrations differ (${own.join(', ')}): they could not share one database's data`);
  return own.length < ours.length ? own : undefined;
}

/**
 * The database a build runs on: the seeded one; for a tree with fewer migrations, a copy whose
 * migration log lists only those, so that it starts on the same data. The benchmark only reads,
 * and the newer tables and columns go unseen by the older code.
 */
async function databaseOf(build: Build, seededDatabase: BenchDatabase): Promise<BenchDatabase> {
  if (build.migrations === undefined) return seededDatabase;
  const copy = await benchDatabase(seededDatabase.dialect, seededDatabase);
  const database = createDatabase({ dataDir: copy.dataDir, databaseUrl: copy.databaseUrl });
  try {
    await sql`delete from kysely_migration where name not in (${sql.join(build.migrations)})`.execute(database.db);
  } finally {
    await database.destroy();
  }
  return copy;
}

/**
 * The tree of `ref` in a temporary directory, runnable from its sources: the repository's
 * installed packages linked in, its own workspace packages in place of the working tree's.
 */
function extractTree(ref: string): string {
  const root = mkdtempSync(join(tmpdir(), 'vn-portal-before-'));
  const archive = join(root, 'tree.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', archive, ref, 'packages', 'package.json', 'tsconfig.json', 'tsconfig.base.json'], { cwd: repoRoot });
  execFileSync('tar', ['-xf', archive, '-C', root]);
  rmSync(archive);
  const modules = join(root, 'node_modules');
  mkdirSync(join(modules, '@vn-portal'), { recursive: true });
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry !== '@vn-portal') symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry));
  }
  for (const workspace of readdirSync(join(root, 'packages'))) {
    symlinkSync(join('..', '..', 'packages', workspace), join(modules, '@vn-portal', workspace));
    const own = join(repoRoot, 'packages', workspace, 'node_modules');
    if (existsSync(own)) symlinkSync(own, join(root, 'packages', workspace, 'node_modules'));
  }
  return root;
}

/** Each build in order, the order turned round every other round. */
const inTurn = <T>(list: readonly T[], round: number): T[] => (round % 2 === 0 ? [...list] : [...list].reverse());

const median = (list: readonly number[]): number => {
  const sorted = [...list].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const ratio = (after: number, before: number): string => `${((after / Math.max(before, 1e-9) - 1) * 100).toFixed(0).replace(/^(?!-)/, '+')} %`;

interface EngineChild {
  child: ChildProcess;
  ask(round: EngineRound): Promise<EngineMeasure>;
}

function startEngine(build: Build, database: BenchDatabase): Promise<EngineChild> {
  const child = spawn(process.execPath, [...tsx, join(repoRoot, 'packages/server/bench/engine-cpu.ts'), build.root], {
    cwd: build.root,
    env: database.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      const exited = (code: number | null) => {
        reject(new Error(`the ${build.name} engine exited with ${String(code)}`));
      };
      child.once('exit', exited);
      child.once('message', (message) => {
        child.off('exit', exited);
        resolve(message);
      });
    });
  const ask = async (round: EngineRound) => {
    const answer = next();
    child.send(round);
    return (await answer) as EngineMeasure;
  };
  return next().then(() => ({ child, ask }));
}

const modes = [
  { mode: 'repeated mix (cached)', paths: paths(true), engineTimes: 32, warm: true },
  { mode: 'all distinct (uncached)', paths: paths(false), engineTimes: 1, warm: false },
];

interface Sample<T> {
  dialect: DialectName;
  round: number;
  mode: string;
  build: string;
  measure: T;
}

async function measureEngines(builds: readonly Build[], databases: readonly BenchDatabase[], samples: Sample<EngineMeasure>[]): Promise<void> {
  const database = databases[0] as BenchDatabase;
  const engines = await Promise.all(builds.map((build, at) => startEngine(build, databases[at] as BenchDatabase)));
  try {
    // The first round warms the JIT and the caches; it is not kept.
    for (let round = 0; round <= rounds; round++) {
      for (const { mode, paths: list, engineTimes, warm } of modes) {
        for (const at of inTurn([0, 1], round)) {
          const measured = await (engines[at] as EngineChild).ask({ paths: list, times: engineTimes, warm });
          if (round > 0) samples.push({ dialect: database.dialect, round, mode, build: (builds[at] as Build).name, measure: measured });
        }
      }
    }
  } finally {
    for (const { child } of engines) child.disconnect();
    await Promise.all(engines.map(({ child }) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve())));
  }
}

async function measureApis(builds: readonly Build[], databases: readonly BenchDatabase[], samples: Sample<Measure>[]): Promise<void> {
  const database = databases[0] as BenchDatabase;
  const ready = '/api/v1/legal-documents?q=thong+tin';
  const servers: BenchServer[] = [];
  try {
    for (const [at, build] of builds.entries()) servers.push(await startServer([...tsx, 'packages/server/src/cli.ts', 'start'], (databases[at] as BenchDatabase).env, ready, build.root));
    const answerFile = join(database.dataDir, 'search-answer.json');
    writeFileSync(answerFile, await (await fetch(`${(servers[1] as BenchServer).base}${paths(false)[5] ?? '/'}`)).text());
    servers.push(await startServer([...tsx, 'packages/server/bench/raw-json-server.ts', answerFile], process.env, '/'));
    const names = [...builds.map((build) => build.name), 'raw node:http, same answer (ceiling)'];
    for (const server of servers) await measure(server, cycling(paths(false), connections, 3));
    for (let round = 0; round < rounds; round++) {
      for (const { mode, paths: list } of modes) {
        for (const at of inTurn([0, 1], round)) {
          samples.push({ dialect: database.dialect, round, mode, build: names[at] ?? '', measure: await measure(servers[at] as BenchServer, cycling(list, connections, seconds)) });
        }
      }
      samples.push({ dialect: database.dialect, round, mode: 'raw', build: names[2] ?? '', measure: await measure(servers[2] as BenchServer, cycling(['/'], connections, seconds)) });
    }
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

/** after / before in each round, for one dialect, mode and measure, and their median as a change. */
function pairedChange<T extends object>(samples: readonly Sample<T>[], dialect: DialectName, mode: string, key: keyof T): string {
  const of = (build: string, round: number) => samples.find((sample) => sample.dialect === dialect && sample.mode === mode && sample.build === build && sample.round === round)?.measure[key] as number | undefined;
  const measuredRounds = [...new Set(samples.map((sample) => sample.round))];
  const ratios = measuredRounds.flatMap((round) => {
    const [before, after] = [of('before', round), of('after', round)];
    return before === undefined || after === undefined ? [] : [after / Math.max(before, 1e-9)];
  });
  return ratio(median(ratios), 1);
}

/** The medians of the samples of one dialect, mode and build. */
function medians<T extends object>(samples: readonly Sample<T>[], dialect: DialectName, mode: string, build: string): Record<keyof T, number> {
  const own = samples.filter((sample) => sample.dialect === dialect && sample.mode === mode && sample.build === build).map((sample) => sample.measure as Record<keyof T, number>);
  const keys = Object.keys(own[0] ?? {}) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(own.map((measured) => measured[key]))])) as Record<keyof T, number>;
}

async function main(): Promise<void> {
  const beforeRoot = extractTree(values.before);
  const builds: Build[] = [
    { name: 'before', root: beforeRoot, migrations: await earlierMigrations(beforeRoot) },
    { name: 'after', root: repoRoot },
  ];
  const engineSamples: Sample<EngineMeasure>[] = [];
  const apiSamples: Sample<Measure>[] = [];
  const dialects = benchDialects(values.dialects);
  const loadAtStart = loadavg()[0] ?? 0;
  try {
    for (const dialect of dialects) {
      const database = await seeded(dialect, documentCount);
      const databases: BenchDatabase[] = [database];
      try {
        databases.unshift(await databaseOf(builds[0] as Build, database));
        await measureEngines(builds, databases, engineSamples);
        await measureApis(builds, databases, apiSamples);
      } finally {
        for (const used of new Set(databases)) await used.drop();
      }
    }
  } finally {
    rmSync(beforeRoot, { recursive: true, force: true });
  }

  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
  console.log(`\nSearch before (${values.before}) and after (${head}${dirty ? ' with uncommitted changes' : ''}): ${documentCount} documents, medians of ${rounds} alternating rounds, load average ${loadAtStart.toFixed(1)} at the start\n`);
  console.log('The engine alone, searches one after the other:\n');
  printTable(
    ['database', 'mode', 'build', 'CPU ms/search', 'CPU after / before', 'p50 ms', 'p99 ms', 'p99 after / before'],
    dialects.flatMap((dialect) =>
      modes.flatMap(({ mode }) => {
        return builds.map(({ name }) => {
          const row = medians(engineSamples, dialect, mode, name);
          const after = name === 'after';
          return [dialect, mode, name, row.cpuPerSearch.toFixed(3), after ? pairedChange(engineSamples, dialect, mode, 'cpuPerSearch') : '', row.p50.toFixed(2), row.p99.toFixed(2), after ? pairedChange(engineSamples, dialect, mode, 'p99') : ''];
        });
      }),
    ),
  );
  console.log(`\nThe API under load, ${connections} clients, ${seconds} s per round:\n`);
  printTable(
    ['database', 'mode', 'build', 'req/s', 'p50 ms', 'p99 ms', 'p99 after / before', 'p99 / raw', 'server CPU ms/req', 'CPU after / before', 'failures'],
    dialects.flatMap((dialect) => {
      const raw = medians(apiSamples, dialect, 'raw', 'raw node:http, same answer (ceiling)');
      const rows = modes.flatMap(({ mode }) => {
        return builds.map(({ name }) => {
          const row = medians(apiSamples, dialect, mode, name);
          const after = name === 'after';
          return [dialect, mode, name, Math.round(row.requestsPerSecond), row.p50, row.p99, after ? pairedChange(apiSamples, dialect, mode, 'p99') : '', times(row.p99, raw.p99), row.cpuPerRequest.toFixed(2), after ? pairedChange(apiSamples, dialect, mode, 'cpuPerRequest') : '', row.failures];
        });
      });
      return [...rows, [dialect, 'raw node:http, same answer (ceiling)', '', Math.round(raw.requestsPerSecond), raw.p50, raw.p99, '', '1.0×', raw.cpuPerRequest.toFixed(2), '', raw.failures]];
    }),
  );
  console.log('\nTarget (issue 15): the after rows no more than 10 % slower than the before rows at p99, mixed and all distinct.');
}

await main();
