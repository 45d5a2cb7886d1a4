/*
 * One build's search engine in a process of its own, driven over IPC by `search-ab.ts`: it loads
 * the engine's modules from the build's tree (argument 1) over the database of the run (DATA_DIR,
 * DATABASE_URL), and on each message sends the searches asked for one after the other, answering
 * the process's CPU time per search (the main thread and the ranking thread together) and each
 * search's wall time. No HTTP, no other client: what the engine's own code costs.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LegalDocumentSearchQuery } from '@vn-portal/schema';
import type * as DatabaseModule from '../src/db/database.js';
import type * as EngineModule from '../src/legal-documents/search/engine.js';
import type { SearchQuery } from '../src/legal-documents/search/ranker.js';

export interface EngineRound {
  paths: readonly string[];
  /** How many times to send the whole list. */
  times: number;
  /**
   * Sends the list once first, unmeasured, so that each measured search is answered from the cache:
   * the distinct rounds in between evict the pages of the repeated ones.
   */
  warm?: boolean;
}

export interface EngineMeasure {
  cpuPerSearch: number;
  p50: number;
  p99: number;
}

const listKeys = new Set(['type', 'issuer', 'field', 'year', 'status']);

/** A request path's query as the route hands it to the engine. */
function searchQueryOf(path: string): SearchQuery {
  const params = new URL(path, 'http://localhost').searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = listKeys.has(key) ? params.getAll(key) : (params.get(key) ?? '');
  return LegalDocumentSearchQuery.parse(raw);
}

const percentile = (sorted: readonly number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

async function main(): Promise<void> {
  const root = process.argv[2] ?? '';
  const load = <T>(path: string) => import(pathToFileURL(join(root, 'packages/server/src', path)).href) as Promise<T>;
  const { createDatabase } = await load<typeof DatabaseModule>('db/database.ts');
  const { SearchEngine } = await load<typeof EngineModule>('legal-documents/search/engine.ts');
  const database = createDatabase({ dataDir: process.env.DATA_DIR ?? '', databaseUrl: process.env.DATABASE_URL });
  const engine = new SearchEngine(database);
  await engine.ready();
  process.on('message', (round: EngineRound) => {
    void (async () => {
      const queries = round.paths.map(searchQueryOf);
      const walls: number[] = [];
      if (round.warm === true) for (const query of queries) await engine.search(query);
      const cpuBefore = process.cpuUsage();
      for (let time = 0; time < round.times; time++) {
        for (const query of queries) {
          const started = performance.now();
          await engine.search(query);
          walls.push(performance.now() - started);
        }
      }
      const cpu = process.cpuUsage(cpuBefore);
      walls.sort((left, right) => left - right);
      process.send?.({ cpuPerSearch: (cpu.user + cpu.system) / 1000 / walls.length, p50: percentile(walls, 0.5), p99: percentile(walls, 0.99) } satisfies EngineMeasure);
    })();
  });
  process.on('disconnect', () => {
    void engine.close().then(() => database.destroy());
  });
  process.send?.('ready');
}

await main();
