/*
 * The load the search benchmarks send: a mix of rare and frequent words, numbers, filters and
 * pages, repeated as popular searches come back or made all distinct, over a register of
 * synthetic documents. Shared so that every search table measures the same requests.
 */
import { createDatabase, migrateToLatest, type DialectName } from '../src/db/database.js';
import { seedSyntheticDocuments } from '../src/seed/legal-documents.js';
import { benchDatabase, type BenchDatabase, type Load } from './harness.js';

/** Rare words (a few hundred hits), frequent ones (tens of thousands), numbers, filters, paging. */
export const queries = [
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
export function paths(repeated: boolean): string[] {
  if (repeated) return queries.map((query) => `/api/v1/legal-documents?${query}`);
  const distinct: string[] = [];
  for (let year = 1995; year <= 2026; year++) for (const query of queries) distinct.push(`/api/v1/legal-documents?${query}&year=${year}`);
  return distinct;
}

/** A fresh database with the demo province's schema and `documentCount` synthetic documents. */
export async function seeded(dialect: DialectName, documentCount: number): Promise<BenchDatabase> {
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
export function cycling(list: readonly string[], connections: number, seconds: number): Load {
  let next = 0;
  return { connections, seconds, request: () => ({ method: 'GET' as const, path: list[next++ % list.length] ?? '/' }) };
}
