/*
 * What the two database full-text searches measured beside our engine share (see `search.ts`):
 * the text they index, how a query becomes their phrases, and one SQL statement that matches,
 * filters, orders one page and counts the five facets, for SQLite FTS5 and PostgreSQL alike.
 *
 * Both get our Vietnamese folding on the indexed text and on the query, and our query reading (a
 * citation's own words such as "số" and "ngày" are not required), so they find what ours finds by
 * exact words. They do less than ours: no typo correction, no closest-results fallback, no ranking
 * by legal force or phrase bonus, so their rows are a lower bound of what they would cost doing it.
 */
import { foldVietnamese, replaceLookAlikes } from '@vn-portal/sdk/vietnamese';
import { facetNames, type FacetName, type IndexedDocument } from '../../src/legal-documents/search/inverted-index.js';
import type { SearchQuery } from '../../src/legal-documents/search/ranker.js';
import { numberKey, readQuery } from '../../src/legal-documents/search/text.js';

export type FulltextDialect = 'sqlite' | 'postgres';

export interface FacetValueCount {
  value: string;
  count: number;
}

/** One page of a search as ids in order, with the total and the facet counts. */
export interface FulltextHits {
  ids: string[];
  total: number;
  facets: Record<FacetName, FacetValueCount[]>;
}

/** Runs searches over an index it built from the register. */
export interface FulltextSearch {
  rank(query: SearchQuery): Promise<FulltextHits>;
  close(): Promise<void>;
}

/** Folded words only: both tokenizers then split where ours does, and numbers become phrases. */
const words = (folded: string) => folded.replace(/[^a-z0-9]+/g, ' ').trim();

/** The text a document is found by: its number (also as ours keys it), summaries, labels and related numbers. */
export function indexedText(doc: IndexedDocument): string {
  const numbers = [doc.number, numberKey(doc.number), ...(doc.relations ?? []).map((relation) => numberKey(relation.number))];
  const texts = [...numbers, ...doc.summary.map(replaceLookAlikes), ...doc.labels];
  return words(texts.map(foldVietnamese).join(' '));
}

/** The query's required terms as ours reads them, each a phrase of words ("42/2022/nd-cp" → 42 2022 nd cp). */
export function queryPhrases(q: string | undefined): string[][] {
  return readQuery(q ?? '')
    .terms.map((term) => words(term).split(' ').filter((word) => word !== ''))
    .filter((phrase) => phrase.length > 0);
}

/** The row of a document in `fulltext_docs`, both databases. */
export function documentRow(doc: IndexedDocument, key: number) {
  return { doc: key, id: doc.id, stage: doc.stage, agency: doc.agency, type: doc.type, issuer: doc.issuer, year: doc.issuedDate.slice(0, 4), status: doc.status, issued: doc.issuedDate, effective: doc.effectiveDate ?? null };
}

const order: Record<NonNullable<SearchQuery['sort']>, string> = {
  relevance: 'score DESC, issued DESC, id',
  'issued-desc': 'issued DESC, id',
  'issued-asc': 'issued ASC, id',
  'effective-desc': 'effective DESC NULLS LAST, id',
};

/**
 * One statement answering a search: the matches (`m`, by words, stage and agency), those passing
 * every filter (`f`), the page of `f` in order with its position, its count, and each facet counted
 * over the matches passing every *other* filter, as our engine counts them.
 */
export function searchStatement(dialect: FulltextDialect, query: SearchQuery, phrases: readonly string[][]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return dialect === 'postgres' ? `$${String(params.length)}` : '?';
  };
  const list = (values: readonly unknown[]) => values.map(param).join(', ');
  const filters: Record<FacetName, readonly string[]> = { type: query.type ?? [], issuer: query.issuer ?? [], field: query.field ?? [], year: (query.year ?? []).map(String), status: query.status ?? [] };
  const where = (except?: FacetName) => {
    const conditions = facetNames
      .filter((facet) => facet !== except && filters[facet].length > 0)
      .map((facet) => (facet === 'field' ? `m.doc IN (SELECT doc FROM fulltext_fields WHERE field IN (${list(filters.field)}))` : `m.${facet} IN (${list(filters[facet])})`));
    return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
  };

  const columns = 'd.doc, d.id, d.type, d.issuer, d.year, d.status, d.issued, d.effective';
  let matches: string;
  if (phrases.length === 0) matches = `SELECT ${columns}, 0 AS score FROM fulltext_docs d WHERE`;
  else if (dialect === 'sqlite') {
    const match = phrases.map((phrase) => `"${phrase.join(' ')}"`).join(' ');
    matches = `SELECT ${columns}, -bm25(fulltext_match) AS score FROM fulltext_match JOIN fulltext_docs d ON d.doc = fulltext_match.rowid WHERE fulltext_match MATCH ${param(match)} AND`;
  } else {
    const tsquery = phrases.map((phrase) => phrase.join(' <-> ')).join(' & ');
    matches = `SELECT ${columns}, ts_rank(d.tsv, q) AS score FROM fulltext_docs d, to_tsquery('simple', unaccent(${param(tsquery)})) q WHERE d.tsv @@ q AND`;
  }
  matches += ` d.stage = ${param(query.stage)}`;
  if (query.agency !== undefined) matches += ` AND d.agency = ${param(query.agency)}`;

  const sort = order[query.sort ?? (phrases.length > 0 ? 'relevance' : 'issued-desc')];
  const all = where();
  const page = `SELECT 'page' AS facet, id AS value, position AS count FROM (SELECT id, row_number() OVER (ORDER BY ${sort}) AS position FROM f ORDER BY ${sort} LIMIT ${param(query.pageSize)} OFFSET ${param((query.page - 1) * query.pageSize)}) page`;
  const counts = facetNames.map((facet) =>
    facet === 'field'
      ? `SELECT 'field', x.field, count(*) FROM m JOIN fulltext_fields x ON x.doc = m.doc WHERE ${where(facet)} GROUP BY x.field`
      : `SELECT '${facet}', m.${facet}, count(*) FROM m WHERE ${where(facet)} GROUP BY m.${facet}`,
  );
  const sql = [
    `WITH m AS MATERIALIZED (${matches}), f AS MATERIALIZED (SELECT * FROM m WHERE ${all})`,
    [page, `SELECT 'total', '', count(*) FROM f`, ...counts].join(' UNION ALL '),
  ].join(' ');
  return { sql, params };
}

export interface StatementRow {
  facet: string;
  value: string;
  count: number | string;
}

/** The statement's rows as hits: facet values ordered as our engine orders them, chosen ones kept at 0. */
export function hitsOf(rows: readonly StatementRow[], query: SearchQuery): FulltextHits {
  const chosen: Record<FacetName, readonly string[]> = { type: query.type ?? [], issuer: query.issuer ?? [], field: query.field ?? [], year: (query.year ?? []).map(String), status: query.status ?? [] };
  const facets = Object.fromEntries(facetNames.map((facet) => [facet, chosen[facet].map((value) => ({ value, count: 0 }))])) as Record<FacetName, FacetValueCount[]>;
  const page: { id: string; position: number }[] = [];
  let total = 0;
  for (const row of rows) {
    const count = Number(row.count);
    if (row.facet === 'page') page.push({ id: row.value, position: count });
    else if (row.facet === 'total') total = count;
    else {
      const values = facets[row.facet as FacetName];
      const known = values.find((entry) => entry.value === row.value);
      if (known) known.count = count;
      else values.push({ value: row.value, count });
    }
  }
  for (const facet of facetNames) {
    facets[facet].sort(facet === 'year' ? (left, right) => right.value.localeCompare(left.value) : (left, right) => right.count - left.count || left.value.localeCompare(right.value));
  }
  return { ids: page.sort((left, right) => left.position - right.position).map((entry) => entry.id), total, facets };
}
