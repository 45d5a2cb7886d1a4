/*
 * The API server with its legal-document search answered by a database's own full-text search
 * instead of our engine, for `search.ts` to measure through the same route, pipeline and load:
 * `fts5` (SQLite FTS5 in a worker thread) or `postgres` (PostgreSQL full-text search), over the
 * register of the configured database, which must hold it already (the benchmark seeds it and runs
 * our engine on it first). Everything around the ranking is as ours does it: the page's summaries
 * read from the register, summaries and whole pages kept by the same per-thread cache with the same
 * room and lifetime, and a kept page's JSON written once.
 *
 *   node --import tsx --conditions=source packages/server/bench/fulltext/fulltext-server.ts fts5|postgres
 */
import { labelOf, type LegalDocumentSearchResult, type LegalDocumentSummary, type LocalizedText } from '@vn-portal/schema';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createDatabase } from '../../src/db/database.js';
import type { Handler, ResourceFactory } from '../../src/http/handler.js';
import { reusableBodyWithPayload } from '../../src/http/conditional-get.js';
import { legalDocumentsResource } from '../../src/legal-documents/handlers.js';
import { localized, readSummaries } from '../../src/legal-documents/read.js';
import { ThreadCache } from '../../src/legal-documents/search/cache.js';
import { facetNames, type FacetName } from '../../src/legal-documents/search/inverted-index.js';
import { resourceFactories } from '../../src/resources.js';
import { Fts5Search } from './fts5-search.js';
import type { FulltextHits, FulltextSearch } from './fulltext-sql.js';
import { PostgresSearch } from './postgres-search.js';

const config = loadConfig();
const database = createDatabase(config);
const kind = process.argv[2];
let search: FulltextSearch;
if (kind === 'fts5' && database.dialect === 'sqlite') search = await Fts5Search.start(config.dataDir);
else if (kind === 'postgres' && database.dialect === 'postgres') search = await PostgresSearch.start(database.db, database.url);
else throw new Error(`fulltext-server: "${String(kind)}" does not run on ${database.dialect}; give fts5 on SQLite or postgres on PostgreSQL`);

const labels = async (table: 'legal_document_issuers' | 'legal_document_fields') =>
  new Map((await database.db.selectFrom(table).selectAll().execute()).map((row) => [row.code, localized(row.name_vi, row.name_en)]));
const names = { issuer: await labels('legal_document_issuers'), field: await labels('legal_document_fields') };
const labelFor = (facet: FacetName, value: string): LocalizedText | undefined => {
  if (facet === 'type') return labelOf('legalDocumentType', value);
  if (facet === 'status') return labelOf('legalDocumentStatus', value);
  return facet === 'year' ? undefined : names[facet].get(value);
};
const facetsOf = (hits: FulltextHits) =>
  Object.fromEntries(
    facetNames.map((facet) => [facet, hits.facets[facet].map(({ value, count }) => ({ value, count, ...(labelFor(facet, value) === undefined ? {} : { label: labelFor(facet, value) }) }))]),
  ) as LegalDocumentSearchResult['facets'];

// As our engine's requests' side keeps them (see `SearchEngine`): 500 pages of 20 summaries, 10 s.
const cache = new ThreadCache<{ page: LegalDocumentSearchResult; summary: LegalDocumentSummary }>({ page: 500, summary: 500 * 20 }, 10_000);

const searchLegalDocuments: Handler<'searchLegalDocuments'> = async ({ query }, context) => {
  const key = JSON.stringify(query);
  const kept = cache.get('page', key);
  if (kept) return kept;
  const hits = await search.rank(query);
  const known = new Map(hits.ids.flatMap((id) => cache.get('summary', id) ?? []).map((summary) => [summary.id, summary]));
  for (const summary of await readSummaries(context.db, hits.ids.filter((id) => !known.has(id)), context.now())) {
    known.set(summary.id, summary);
    // Drafts are read every time: their comment window and count move on their own.
    if (summary.stage === 'issued') cache.set('summary', summary.id, summary);
  }
  const items = hits.ids.flatMap((id) => known.get(id) ?? []);
  const result: LegalDocumentSearchResult = { items, total: hits.total, page: query.page, pageSize: query.pageSize, facets: facetsOf(hits), match: 'all' };
  cache.set('page', key, reusableBodyWithPayload(result, Buffer.from(JSON.stringify(result))));
  return result;
};

const fulltextResource: ResourceFactory = () => ({ handlers: { searchLegalDocuments }, close: () => search.close() });
const app = await buildApp({ config, database, resources: resourceFactories.map((factory) => (factory === legalDocumentsResource ? fulltextResource : factory)) });
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.destroy())
    .then(() => process.exit(0));
});
await app.listen({ port: config.port, host: config.host });
