/*
 * Relevance of legal-document search over the demo register (the province's own documents and the
 * national ones) plus other provinces' real decisions entered through the admin API: the queries of
 * `relevance-queries.ts`, asked of the API, scored by where the wanted document comes.
 * Prints MRR (mean of 1 / its rank within the first page, 0 when absent), the share found first,
 * and the share of empty answers, overall and by kind of query. Exits with 1 when MRR is below 0.9
 * or a query naming a document of the register comes back empty.
 *
 *   node --import tsx --conditions=source packages/server/bench/relevance.ts [--verbose]
 */
import { parseArgs } from 'node:util';
import type { LegalDocumentSearchResult } from '@vn-portal/schema';
import { loadMasterKey } from '../src/security/master-key.js';
import { Secrets } from '../src/security/secrets.js';
import { postDocuments } from '../src/seed/admin-api-loader.js';
import { provinceAgency } from '../src/seed/demo-province.js';
import { otherProvinceDocuments } from '../src/seed/real-documents.js';
import { seedDemoData } from '../src/seed/seed.js';
import { startTestApp } from '../test/test-app.js';
import { printTable } from './harness.js';
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
  const t = await startTestApp('sqlite');
  try {
    const { config, database } = t.testDatabase;
    const secrets = new Secrets(loadMasterKey(config.encryptionKey, config.dataDir));
    await seedDemoData({ db: database.db, secrets, now: t.clock.now(), utcOffsetMinutes: config.utcOffsetMinutes });
    await postDocuments(t.app, t.admin.authorization, otherProvinceDocuments(provinceAgency));
    const outcomes: Outcome[] = [];
    for (const query of relevanceQueries) {
      const params = new URLSearchParams({ q: query.q, agency: provinceAgency, pageSize: '20' });
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/legal-documents?${params.toString()}` });
      if (response.statusCode !== 200) throw new Error(`${query.q}: ${String(response.statusCode)} ${response.body}`);
      const page = response.json<LegalDocumentSearchResult>();
      const found = page.items.map((item) => item.number);
      const reading = Object.entries(page.reading ?? {}).map(([key, value]) => `${key} ${String(value)}`).join(', ');
      outcomes.push({ query, rank: found.indexOf(query.expect) + 1, total: page.total, first: found[0], reading });
    }
    if (values.verbose) {
      printTable(
        ['query', 'wanted', 'rank', 'first', 'total', 'read as'],
        outcomes.map(({ query, rank, first, total, reading }) => [query.q.replace(/\s/g, ' '), query.expect, rank || '–', first ?? '–', total, reading]),
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
    await t.close();
  }
}

process.exitCode = await main();
