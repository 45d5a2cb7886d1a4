/*
 * Relevance of legal-document search over the demo register's real documents: the queries of
 * `relevance-queries.ts`, ranked as the API ranks them, scored by where the wanted document comes.
 * Prints MRR (mean of 1 / its rank within the first page, 0 when absent), the share found first,
 * and the share of empty answers, overall and by kind of query. Exits with 1 when MRR is below 0.9
 * or a query naming a document of the register comes back empty.
 *
 *   node --import tsx --conditions=source packages/server/bench/relevance.ts [--verbose]
 */
import { parseArgs } from 'node:util';
import { createDatabase, migrateToLatest } from '../src/db/database.js';
import { Ranker } from '../src/legal-documents/search/ranker.js';
import { realDocuments } from '../src/seed/real-documents.js';
import { insertDocuments } from '../src/legal-documents/store.js';
import { benchDatabase, printTable } from './harness.js';
import { relevanceQueries, type RelevanceQuery } from './relevance-queries.js';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

interface Outcome {
  query: RelevanceQuery;
  /** 1-based rank of the wanted document within the first page; 0 when absent. */
  rank: number;
  total: number;
  first: string | undefined;
  reading: string;
}

const mrrTarget = 0.9;

function summary(label: string, outcomes: readonly Outcome[]): (string | number)[] {
  const share = (count: number) => `${((count / Math.max(outcomes.length, 1)) * 100).toFixed(0)} %`;
  const mrr = outcomes.reduce((sum, outcome) => sum + (outcome.rank === 0 ? 0 : 1 / outcome.rank), 0) / Math.max(outcomes.length, 1);
  return [label, outcomes.length, mrr.toFixed(3), share(outcomes.filter((outcome) => outcome.rank === 1).length), share(outcomes.filter((outcome) => outcome.total === 0).length)];
}

async function main(): Promise<number> {
  const target = await benchDatabase('sqlite');
  const database = createDatabase({ dataDir: target.dataDir, databaseUrl: undefined });
  try {
    await migrateToLatest(database.db);
    await insertDocuments(database.db, realDocuments('ubnd-tinh'), new Date('2026-06-01T00:00:00Z'));
    const numbers = new Map((await database.db.selectFrom('legal_documents').select(['id', 'number']).execute()).map((row) => [row.id, row.number]));
    const ranker = new Ranker(database.db);
    const outcomes: Outcome[] = [];
    for (const query of relevanceQueries) {
      const page = await ranker.rank({ q: query.q, stage: 'issued', page: 1, pageSize: 20 });
      const found = page.ids.map((id) => numbers.get(id));
      outcomes.push({ query, rank: found.indexOf(query.expect) + 1, total: page.total, first: found[0], reading: page.reading });
    }
    if (values.verbose) {
      printTable(
        ['query', 'wanted', 'rank', 'first', 'total', 'read as'],
        outcomes.map(({ query, rank, first, total, reading }) => [query.q.replace(/\s/g, ' '), query.expect, rank || '–', first ?? '–', total, reading.slice(1)]),
      );
      console.log();
    }
    const kinds = [...new Set(relevanceQueries.map((query) => query.kind))];
    printTable(['queries', 'count', 'MRR', 'top-1', 'zero results'], [
      ...kinds.map((kind) => summary(kind, outcomes.filter((outcome) => outcome.query.kind === kind))),
      summary('naming a document of the register', outcomes.filter((outcome) => outcome.query.names === true)),
      summary('all', outcomes),
    ]);
    const mrr = outcomes.reduce((sum, outcome) => sum + (outcome.rank === 0 ? 0 : 1 / outcome.rank), 0) / outcomes.length;
    const emptyNamed = outcomes.filter((outcome) => outcome.query.names === true && outcome.total === 0);
    for (const outcome of outcomes.filter((entry) => entry.rank !== 1)) console.log(`not first: ${outcome.query.q} → wanted ${outcome.query.expect}, rank ${String(outcome.rank || '–')}, first ${outcome.first ?? '–'}`);
    console.log(`\nTargets: MRR ≥ ${String(mrrTarget)}, no empty answer for a query naming a document of the register.`);
    return mrr >= mrrTarget && emptyNamed.length === 0 ? 0 : 1;
  } finally {
    await database.destroy();
    await target.drop();
  }
}

process.exitCode = await main();
