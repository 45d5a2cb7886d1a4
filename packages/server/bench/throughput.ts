/*
 * Write throughput of the API against the ceiling of a raw Node `http` JSON server measured in the
 * same run: visit hits/s (buffered in memory) and votes/s (one transaction each, committed before
 * the answer). Servers run in their own processes on loopback; the load comes from autocannon.
 *
 *   node --import tsx --conditions=source packages/server/bench/throughput.ts [--duration 10]
 *     [--connections 32] [--dialects sqlite,postgres]
 *
 * PostgreSQL runs when TEST_DATABASE_URL (or BENCH_DATABASE_URL) names a server; a database is
 * created for the run and dropped after it.
 */
import { parseArgs } from 'node:util';
import { benchDatabase, benchDialects, measure, percent, printTable, startServer, stopServer, tsx, type BenchServer, type Measure } from './harness.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    dialects: { type: 'string', default: 'sqlite,postgres' },
  },
});
const seconds = Number(values.duration);
const connections = Number(values.connections);
const browser = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

/** Posts JSON bodies made per request, so every hit is a new page and every vote a new voter. */
let next = 0;
async function posting(server: BenchServer, path: string, body: (n: number) => unknown): Promise<Measure> {
  const load = {
    connections,
    request: () => ({ method: 'POST' as const, path, headers: { 'content-type': 'application/json', 'user-agent': browser }, body: JSON.stringify(body(next++)) }),
  };
  // A short warm-up first, so that every server is compared with its code already optimized.
  await measure(server, { ...load, seconds: 2 });
  return measure(server, { ...load, seconds });
}

const hitBody = (n: number) => ({ path: `/tin-tuc/bai-${n}` });
const voteBody = (n: number) => ({ voterToken: `bench-voter-${n.toString().padStart(10, '0')}`, optionIds: ['tot'] });

async function main(): Promise<void> {
  const rows: [string, Measure][] = [];
  const raw = await startServer([...tsx, 'packages/server/bench/raw-json-server.ts'], process.env, '/healthz');
  try {
    rows.push(['raw node:http JSON server (ceiling)', await posting(raw, '/hits', hitBody)]);
  } finally {
    await stopServer(raw);
  }
  for (const dialect of benchDialects(values.dialects)) {
    const database = await benchDatabase(dialect);
    try {
      // The real server, started as `npm start` starts it: migrated and seeded with the demo province.
      const api = await startServer([...tsx, 'packages/server/src/cli.ts', 'start'], database.env, '/healthz');
      try {
        rows.push([`visit hits (POST /visits/hits, ${dialect})`, await posting(api, '/api/v1/visits/hits', hitBody)]);
        rows.push([`votes (POST /polls/{id}/votes, ${dialect})`, await posting(api, '/api/v1/polls/binh-chon-1/votes', voteBody)]);
      } finally {
        await stopServer(api);
      }
    } finally {
      await database.drop();
    }
  }
  const ceiling = rows[0]?.[1].requestsPerSecond ?? 1;
  console.log(`\nWrites: ${connections} connections, ${seconds} s each, loopback\n`);
  printTable(
    ['scenario', 'req/s', 'ratio to raw', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'load avg', 'failures'],
    rows.map(([name, row]) => [
      name,
      Math.round(row.requestsPerSecond),
      percent(row.requestsPerSecond, ceiling),
      row.p50,
      row.p99,
      row.cpuPerRequest.toFixed(2),
      row.loadAverage.toFixed(1),
      row.failures,
    ]),
  );
}

await main();
