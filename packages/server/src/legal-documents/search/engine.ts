import { dirname } from 'node:path';
import type { LegalDocumentSearchResult } from '@vn-portal/schema';
import type { Database } from '../../db/database.js';
import { reusableBodyWithPayload } from '../../http/conditional-get.js';
import { readSummaries } from '../read.js';
import { ThreadCache } from './cache.js';
import type { RankedPage, RankerOptions, SearchQuery } from './ranker.js';
import { RankingThread } from './ranking-thread.js';

export interface SearchEngineOptions extends RankerOptions {
  /** How often a search checks the change log for writes made by other processes. */
  pollIntervalMs?: number;
}

const comma = Buffer.from(',');
const itemsStart = Buffer.from('{"items":[');

/**
 * A search answer as it is sent: its JSON, parsed into items and facets only when a caller reads
 * them (the HTTP route never does: it sends the JSON). Results are never changed, so every answer
 * sending one shares its payload.
 */
function answerOf(payload: Buffer, total: number, page: number, pageSize: number): LegalDocumentSearchResult {
  let parsed: LegalDocumentSearchResult | undefined;
  const whole = () => (parsed ??= JSON.parse(payload.toString()) as LegalDocumentSearchResult);
  const answer = Object.defineProperties({} as LegalDocumentSearchResult, {
    items: { enumerable: true, get: () => whole().items },
    total: { enumerable: true, value: total },
    page: { enumerable: true, value: page },
    pageSize: { enumerable: true, value: pageSize },
    facets: { enumerable: true, get: () => whole().facets },
    match: { enumerable: true, get: () => whole().match },
    reading: { enumerable: true, get: () => whole().reading },
    didYouMean: { enumerable: true, get: () => whole().didYouMean },
  });
  return reusableBodyWithPayload(answer, payload);
}

/**
 * Search of the register, served from an in-memory inverted index over the database.
 *
 * Why in memory: measured on 100,000 titles, SQLite FTS5 with bm25 took 4–24 ms per frequent-word
 * query inside the synchronous driver, blocking every other request; counting five facets over tens
 * of thousands of matches costs as much again, on either database. In memory, a search by rare
 * words walks the rarest posting list, and one by frequent words (or none) intersects bitsets over
 * the register and takes most facet counts as differences of counts kept up to date (see
 * `runSearch`): a few tenths of a millisecond per search at that size, the same on SQLite and
 * PostgreSQL, and never blocked on a query. `bench/search.ts` measures SQLite FTS5 and PostgreSQL
 * full-text search (our folding, facet counts in SQL) beside it on the same route and load.
 *
 * Why in a thread of its own (see `Ranker`): the index's work, loading included, runs beside the
 * requests instead of between them, so a machine's second core does it while the first answers.
 * The index holds ids and counts; this side reads the page's summaries and keeps whole pages.
 *
 * The database stays the source of truth. Every write logs the document id in
 * `legal_document_changes`; the index applies the log rows after the last one it saw: at once after
 * this process's writes (`refresh`), and at most `pollIntervalMs` after another process's. Page
 * items are read from the database by id, and kept only as long as the index they were found with
 * (see `#summaries`).
 */
export class SearchEngine {
  readonly #db: Database['db'];
  readonly #thread: RankingThread;
  readonly #pollIntervalMs: number;
  /**
   * This thread's cache: `page`, pages as answered, summaries included, so that a repeated request
   * costs a lookup; `summary`, the JSON of issued documents' summaries by id, shared by the pages
   * that show them (see `#summaries`). Cleared when a newer index generation is heard of.
   */
  readonly #cache: ThreadCache<{ page: LegalDocumentSearchResult; summary: Buffer }>;
  #lastPoll = 0;
  /** The newest index generation heard of; cached results of older generations are misses. */
  #generation = 0;

  constructor(database: Database, options: SearchEngineOptions = {}) {
    this.#db = database.db;
    const target = database.dialect === 'sqlite' ? { dataDir: dirname(database.file), databaseUrl: undefined } : { dataDir: '', databaseUrl: database.url };
    this.#thread = new RankingThread({ database: target, options: { cacheEntries: options.cacheEntries, cacheTtlMs: options.cacheTtlMs } });
    this.#pollIntervalMs = options.pollIntervalMs ?? 250;
    const entries = options.cacheEntries ?? 500;
    const ttl = options.cacheTtlMs ?? 10_000;
    // The pages, and as many summaries as they can show: 20 a page.
    this.#cache = new ThreadCache({ page: entries, summary: entries * 20 }, ttl);
  }

  #heard(generation: number): number {
    if (generation > this.#generation) {
      this.#generation = generation;
      this.#cache.clear();
    }
    return generation;
  }

  /** Loads the index if it is not loaded yet; the first search does it too. */
  async ready(): Promise<void> {
    this.#heard((await this.#thread.call({ op: 'ready' })).generation);
  }

  /** Applies the change log up to now. Writers call it right after committing. */
  async refresh(): Promise<void> {
    this.#lastPoll = Date.now();
    this.#heard((await this.#thread.call({ op: 'refresh' })).generation);
  }

  /** Stops the ranking thread; a later call starts it again. */
  close(): Promise<void> {
    return this.#thread.stop();
  }

  async #fresh(): Promise<void> {
    if (this.#generation === 0) await this.ready();
    if (Date.now() - this.#lastPoll < this.#pollIntervalMs) return;
    // One search per interval looks at the log; the others meanwhile use the index as it is.
    await this.refresh();
  }

  async search(query: SearchQuery, now = new Date()): Promise<LegalDocumentSearchResult> {
    await this.#fresh();
    const pageKey = JSON.stringify(query);
    const cachedPage = this.#cache.get('page', pageKey);
    if (cachedPage) return cachedPage;

    const ranked = await this.#thread.call({ op: 'rank', query });
    const generation = this.#heard(ranked.generation);
    const shown = await this.#summaries(ranked, generation, now);
    // The answer's JSON from the JSON of its parts: the summaries' kept with them, the facets' as
    // the ranking thread wrote it.
    const payload = Buffer.concat([
      itemsStart,
      ...shown.flatMap((json, at) => (at === 0 ? [json] : [comma, json])),
      Buffer.from(`],"total":${String(ranked.total)},"page":${String(query.page)},"pageSize":${String(query.pageSize)},"facets":${ranked.facets}${ranked.reading}}`),
    ]);
    const result = answerOf(payload, ranked.total, query.page, query.pageSize);
    // A write applied while the page was read makes this result stale: keep it uncached.
    if (generation === this.#generation) this.#cache.set('page', pageKey, result);
    return result;
  }

  /**
   * Summaries of the given documents in the given order, read from the database once per index
   * generation: a page of a new search mostly shows documents other pages showed, and any change
   * applied to the index (a write here, or another process's, through the change log) drops them
   * with the pages. Drafts are read every time: their comment window and count move on their own.
   */
  async #summaries({ ids, replaced }: Pick<RankedPage, 'ids' | 'replaced'>, generation: number, now: Date): Promise<Buffer[]> {
    const known = new Map<string, Buffer>();
    // The cache holds the newest generation's summaries only.
    const current = generation === this.#generation;
    for (const id of ids) {
      const shown = current ? this.#cache.get('summary', id) : undefined;
      if (shown) known.set(id, shown);
    }
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      for (const summary of await readSummaries(this.#db, missing, now, new Set(replaced))) {
        const json = Buffer.from(JSON.stringify(summary));
        known.set(summary.id, json);
        if (summary.stage === 'issued' && generation === this.#generation) this.#cache.set('summary', summary.id, json);
      }
    }
    return ids.flatMap((id) => known.get(id) ?? []);
  }
}
