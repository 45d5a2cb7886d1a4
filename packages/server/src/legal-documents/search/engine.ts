import { sql } from 'kysely';
import type { FacetCount, LegalDocumentSearchQuery, LegalDocumentSearchResult, LegalDocumentSummary, LocalizedText, Output } from '@vn-portal/schema';
import { reusableBody } from '../../http/conditional-get.js';
import { statusLabels, typeLabels } from '../labels.js';
import { localized, readSummaries } from '../read.js';
import { ResultCache } from './cache.js';
import { InvertedIndex } from './inverted-index.js';
import { loadAllDocuments, loadDocuments } from './load.js';
import { runSearch, type SearchRequest } from './query.js';
import { queryTerms } from './text.js';
import type { Db } from '../db.js';

export type SearchQuery = Output<typeof LegalDocumentSearchQuery>;

export interface SearchEngineOptions {
  /** How often a search checks the change log for writes made by other processes. */
  pollIntervalMs?: number;
  cacheEntries?: number;
  cacheTtlMs?: number;
}

/**
 * How many of the best BM25 hits the phrase bonus may reorder: 50 pages of 20. Part of the
 * ranking; a search orders only as far as the page asked for (see `runSearch`).
 */
const rerankDepth = 1000;

interface Ranked {
  /** Ids in result order, as far as the deepest page asked for so far. */
  ids: string[];
  total: number;
  facets: LegalDocumentSearchResult['facets'];
}

/** Rebuild rather than patch once this share of the index is dead ordinals of changed documents. */
const rebuildAt = 0.25;

/**
 * Search of the register, served from an in-memory inverted index over the database.
 *
 * Why in memory: measured on 100,000 titles, SQLite FTS5 with bm25 took 4–24 ms per frequent-word
 * query inside the synchronous driver, blocking every other request; counting five facets over tens
 * of thousands of matches costs as much again, on either database. In memory, a search by rare
 * words walks the rarest posting list, and one by frequent words (or none) intersects bitsets over
 * the register and takes most facet counts as differences of counts kept up to date (see
 * `runSearch`): a few tenths of a millisecond per search at that size, the same on SQLite and
 * PostgreSQL, and never blocked on a query.
 *
 * The database stays the source of truth. Every write logs the document id in
 * `legal_document_changes` in its own transaction; each process applies the log rows after the last
 * one it saw: at once after its own writes, and at most `pollIntervalMs` after another process's.
 * Page items are read from the database by id, and kept only as long as the index they were found
 * with (see `#summaries`).
 */
export class SearchEngine {
  readonly #db: Db;
  readonly #pollIntervalMs: number;
  /** Pages as answered, summaries included: a repeated request costs a lookup. */
  readonly #pages: ResultCache<LegalDocumentSearchResult>;
  /** Orderings by search, whatever the page (see `#rank`). */
  readonly #ranked: ResultCache<Ranked>;
  /** Summaries of issued documents by id, shared by the pages that show them (see `#summaries`). */
  readonly #summaryCache: ResultCache<LegalDocumentSummary>;
  #index = new InvertedIndex();
  #labels: Record<'issuer' | 'field', Map<string, LocalizedText>> = { issuer: new Map(), field: new Map() };
  #lastSeq = 0;
  #lastPoll = 0;
  /** Bumped by every applied change; cached results of older generations are misses. */
  #generation = 0;
  #loading: Promise<void> | undefined;
  #refreshing: Promise<void> | undefined;

  constructor(db: Db, options: SearchEngineOptions = {}) {
    this.#db = db;
    this.#pollIntervalMs = options.pollIntervalMs ?? 250;
    const entries = options.cacheEntries ?? 500;
    const ttl = options.cacheTtlMs ?? 10_000;
    this.#pages = new ResultCache(entries, ttl);
    this.#ranked = new ResultCache(entries, ttl);
    // As many as the cached pages can show: 20 a page.
    this.#summaryCache = new ResultCache(entries * 20, ttl);
  }

  /** Loads the index if it is not loaded yet; the first search does it too. */
  async ready(): Promise<void> {
    this.#loading ??= this.#rebuild().catch((error: unknown) => {
      // Let the next search try again rather than fail forever.
      this.#loading = undefined;
      throw error;
    });
    await this.#loading;
  }

  async #latestSeq(): Promise<number> {
    const row = await this.#db
      .selectFrom('legal_document_changes')
      .select(sql<number | string | null>`max(seq)`.as('seq'))
      .executeTakeFirst();
    return Number(row?.seq ?? 0);
  }

  async #loadLabels(): Promise<void> {
    const read = async (table: 'legal_document_issuers' | 'legal_document_fields') =>
      new Map((await this.#db.selectFrom(table).selectAll().execute()).map((row) => [row.code, localized(row.name_vi, row.name_en)]));
    this.#labels = { issuer: await read('legal_document_issuers'), field: await read('legal_document_fields') };
  }

  async #rebuild(): Promise<void> {
    // Read the log position first: a write landing during the load is applied again, never lost.
    const seq = await this.#latestSeq();
    const index = new InvertedIndex();
    await loadAllDocuments(this.#db, (doc) => {
      index.put(doc);
    });
    await this.#loadLabels();
    this.#index = index;
    this.#lastSeq = Math.max(this.#lastSeq, seq);
    this.#generation++;
  }

  /** Applies the change log up to now. Writers call it right after committing. */
  async refresh(): Promise<void> {
    await this.ready();
    // One refresh at a time; a caller arriving during one waits for it and then runs its own.
    while (this.#refreshing) await this.#refreshing;
    this.#refreshing = this.#applyChanges();
    try {
      await this.#refreshing;
    } finally {
      this.#refreshing = undefined;
    }
  }

  async #applyChanges(): Promise<void> {
    this.#lastPoll = Date.now();
    const changes = await this.#db
      .selectFrom('legal_document_changes')
      .select(['seq', 'document_id'])
      .where('seq', '>', this.#lastSeq)
      .orderBy('seq')
      .execute();
    const last = changes.at(-1);
    if (!last) return;
    const ids = [...new Set(changes.map((change) => change.document_id))];
    const docs = await loadDocuments(this.#db, ids);
    for (const id of ids) this.#index.remove(id);
    for (const doc of docs) this.#index.put(doc);
    await this.#loadLabels();
    this.#lastSeq = last.seq;
    this.#generation++;
    if (this.#index.deadShare > rebuildAt) await this.#rebuild();
  }

  async #fresh(): Promise<void> {
    await this.ready();
    if (Date.now() - this.#lastPoll < this.#pollIntervalMs) return;
    // One search per interval looks at the log; the others meanwhile use the index as it is.
    this.#lastPoll = Date.now();
    await this.refresh();
  }

  async search(query: SearchQuery, now = new Date()): Promise<LegalDocumentSearchResult> {
    await this.#fresh();
    const generation = this.#generation;
    const pageKey = JSON.stringify(query);
    const cachedPage = this.#pages.get(pageKey, generation);
    if (cachedPage) return cachedPage;

    const ranked = this.#rank(query, generation);
    const offset = (query.page - 1) * query.pageSize;
    const result: LegalDocumentSearchResult = {
      items: await this.#summaries(ranked.ids.slice(offset, offset + query.pageSize), generation, now),
      total: ranked.total,
      page: query.page,
      pageSize: query.pageSize,
      facets: ranked.facets,
    };
    // A write that landed while the page was read makes this result stale: keep it uncached.
    // Cached results are shared by every answer and never changed: serialized once for all of them.
    if (generation === this.#generation) this.#pages.set(pageKey, generation, reusableBody(result));
    return result;
  }

  /**
   * Summaries of the given documents in the given order, read from the database once per index
   * generation: a page of a new search mostly shows documents other pages showed, and any change
   * applied to the index (a write here, or another process's, through the change log) drops them
   * with the pages. Drafts are read every time: their comment window and count move on their own.
   */
  async #summaries(ids: readonly string[], generation: number, now: Date): Promise<LegalDocumentSummary[]> {
    const known = new Map<string, LegalDocumentSummary>();
    for (const id of ids) {
      const summary = this.#summaryCache.get(id, generation);
      if (summary) known.set(id, summary);
    }
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      for (const summary of await readSummaries(this.#db, missing, now)) {
        known.set(summary.id, summary);
        if (summary.stage === 'issued' && generation === this.#generation) this.#summaryCache.set(summary.id, generation, summary);
      }
    }
    return ids.flatMap((id) => known.get(id) ?? []);
  }

  /**
   * The ordering, total and facets of a search, whichever page is asked: a page within what an
   * earlier request ordered (a smaller page size, or an earlier page) costs a slice.
   */
  #rank(query: SearchQuery, generation: number): Ranked {
    const { page, pageSize, ...search } = query;
    const key = JSON.stringify(search);
    const end = page * pageSize;
    const cached = this.#ranked.get(key, generation);
    if (cached && (cached.ids.length >= end || cached.ids.length === cached.total)) return cached;

    const hits = runSearch(this.#index, { ...toRequest(query), offset: 0, limit: end });
    const ranked: Ranked = {
      ids: hits.ids,
      total: hits.total,
      facets: {
        type: hits.facets.type.map((entry) => labelled(entry, typeLabels[entry.value as keyof typeof typeLabels])),
        issuer: hits.facets.issuer.map((entry) => labelled(entry, this.#labels.issuer.get(entry.value))),
        field: hits.facets.field.map((entry) => labelled(entry, this.#labels.field.get(entry.value))),
        year: hits.facets.year.map((entry) => labelled(entry, undefined)),
        status: hits.facets.status.map((entry) => labelled(entry, statusLabels[entry.value as keyof typeof statusLabels])),
      },
    };
    this.#ranked.set(key, generation, ranked);
    return ranked;
  }
}

function labelled(entry: { value: string; count: number }, label: LocalizedText | undefined): FacetCount {
  return label === undefined ? entry : { ...entry, label };
}

/** The parsed API query as the index runs it; relevance is only meaningful with words to match. */
export function toRequest(query: SearchQuery): SearchRequest {
  const terms = queryTerms(query.q ?? '');
  const filters: SearchRequest['filters'] = {
    type: query.type ?? [],
    issuer: query.issuer ?? [],
    field: query.field ?? [],
    year: (query.year ?? []).map(String),
    status: query.status ?? [],
  };
  return {
    terms,
    filters,
    agency: query.agency,
    stage: query.stage,
    sort: query.sort ?? (terms.length > 0 ? 'relevance' : 'issued-desc'),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
    rerankDepth,
  };
}
