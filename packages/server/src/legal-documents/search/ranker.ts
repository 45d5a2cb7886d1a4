import { sql } from 'kysely';
import { labelOf, type LegalDocumentSearchQuery, type LocalizedText, type Output } from '@vn-portal/schema';
import type { LegalCitationReading } from '@vn-portal/sdk/vietnamese';
import { localized } from '../read.js';
import { ThreadCache } from './cache.js';
import { facetNames, InvertedIndex, type FacetName } from './inverted-index.js';
import { loadAllDocuments, loadDocuments } from './load.js';
import { type FacetMemory, type SearchHits, type SearchRequest } from './query.js';
import { searchLeniently } from './lenient.js';
import { readQuery, type ReadQuery } from './text.js';
import type { Db } from '../db.js';

export type SearchQuery = Output<typeof LegalDocumentSearchQuery>;

export interface RankerOptions {
  cacheEntries?: number;
  cacheTtlMs?: number;
}

/**
 * One page of a search as ids, with its total, its facets as JSON, and the index generation it was
 * found in. JSON because the answer is JSON: the requests' side puts this text into the answer,
 * where a cloned object would be rebuilt there and serialized again.
 */
export interface RankedPage {
  ids: string[];
  total: number;
  facets: string;
  /** How the query was read and matched, as JSON members to add to the answer (see `Ranked.reading`). */
  reading: string;
  /**
   * The page's documents that a document in force replaces, as the index knows: only their
   * summaries need to look up what replaces them, which most pages then skip (see `readSummaries`).
   */
  replaced: string[];
  generation: number;
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
  /** As JSON (see `RankedPage`). */
  facets: string;
  /** `"match"`, and `"reading"` and `"didYouMean"` when there is one, as JSON members each led by a comma. */
  reading: string;
}

const emptyEntryJson = (): Record<FacetName, Map<string, [string, string]>> => ({ type: new Map(), issuer: new Map(), field: new Map(), year: new Map(), status: new Map() });

/** Rebuild rather than patch once this share of the index is dead ordinals of changed documents. */
const rebuildAt = 0.25;

/**
 * The in-memory inverted index over the register, kept up to date from the change log, and the
 * searches run over it (see `SearchEngine` for why, and for where it runs).
 *
 * Every write logs the document id in `legal_document_changes` in its own transaction; `refresh`
 * applies the log rows after the last one applied. Each applied change bumps the generation:
 * cached results of older generations are misses.
 */
export class Ranker {
  readonly #db: Db;
  /**
   * This thread's cache: `ranked`, orderings by search, whatever the page (see `rank`); `facets`,
   * counts of filtered facets, shared by the searches of a drill-down (see `FacetMemory`); `query`,
   * queries as read, shared by the searches of one query under other filters and sorts. Cleared
   * whenever the index changes.
   */
  readonly #cache: ThreadCache<{ ranked: Ranked; facets: Int32Array; query: ReadQuery }>;
  #index = new InvertedIndex();
  #labels: Record<'issuer' | 'field', Map<string, LocalizedText>> = { issuer: new Map(), field: new Map() };
  /** Per facet and value, the JSON of its entry before and after the count (see `#facetsJson`). */
  #entryJson = emptyEntryJson();
  #lastSeq = 0;
  #generation = 0;
  #loading: Promise<void> | undefined;
  #refreshing: Promise<void> | undefined;

  constructor(db: Db, options: RankerOptions = {}) {
    this.#db = db;
    const entries = options.cacheEntries ?? 500;
    const ttl = options.cacheTtlMs ?? 10_000;
    // As many queries read as orderings; a count per filtered facet of each.
    this.#cache = new ThreadCache({ ranked: entries, facets: entries * facetNames.length, query: entries }, ttl);
  }

  /** Loads the index if it is not loaded yet; answers the generation. */
  async ready(): Promise<number> {
    this.#loading ??= this.#rebuild().catch((error: unknown) => {
      // Let the next call try again rather than fail forever.
      this.#loading = undefined;
      throw error;
    });
    await this.#loading;
    return this.#generation;
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
    this.#entryJson = emptyEntryJson();
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
    this.#changed();
  }

  /** A new state of the index: what was kept for the old one no longer holds. */
  #changed(): void {
    this.#generation++;
    this.#cache.clear();
  }

  /** Applies the change log up to now; answers the generation. */
  async refresh(): Promise<number> {
    await this.ready();
    // One refresh at a time; a caller arriving during one waits for it and then runs its own.
    while (this.#refreshing) await this.#refreshing;
    this.#refreshing = this.#applyChanges();
    try {
      await this.#refreshing;
    } finally {
      this.#refreshing = undefined;
    }
    return this.#generation;
  }

  async #applyChanges(): Promise<void> {
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
    this.#changed();
    if (this.#index.deadShare > rebuildAt) await this.#rebuild();
  }

  /**
   * The page a search asks for, its total and facets, from an ordering kept for the search
   * whatever the page: a page within what an earlier request ordered (a smaller page size, or an
   * earlier page) costs a slice.
   */
  async rank(query: SearchQuery): Promise<RankedPage> {
    await this.ready();
    const generation = this.#generation;
    const { page, pageSize, ...search } = query;
    const key = JSON.stringify(search);
    const offset = (page - 1) * pageSize;
    const end = page * pageSize;
    let ranked = this.#cache.get('ranked', key);
    if (!ranked || (ranked.ids.length < end && ranked.ids.length < ranked.total)) {
      ranked = this.#search(query, end);
      this.#cache.set('ranked', key, ranked);
    }
    const ids = ranked.ids.slice(offset, end);
    const replaced = ids.filter((id) => this.#index.replacements.flags[this.#index.ordinalOf(id)] === 1);
    return { ids, total: ranked.total, facets: ranked.facets, reading: ranked.reading, replaced, generation };
  }

  #search(query: SearchQuery, end: number): Ranked {
    const facetMemory: FacetMemory = {
      get: (facetKey) => this.#cache.get('facets', facetKey),
      set: (facetKey, counts) => {
        this.#cache.set('facets', facetKey, counts);
      },
    };
    const q = query.q ?? '';
    let read = this.#cache.get('query', q);
    if (!read) {
      read = readQuery(q);
      this.#cache.set('query', q, read);
    }
    const { request, citation } = readRequest(query, read);
    const { hits, match, didYouMean } = searchLeniently(this.#index, { ...request, offset: 0, limit: end, facetMemory });
    const reading = readingJson(citation, match, didYouMean);
    return { ids: hits.ids, total: hits.total, facets: this.#facetsJson(hits.facets), reading };
  }

  /**
   * The facets as the API answers them (`LegalDocumentSearchResult['facets']`), each value's entry
   * written from its JSON before and after the count, kept per value until the labels change.
   */
  #facetsJson(facets: SearchHits['facets']): string {
    const parts = facetNames.map((facet) => {
      const known = this.#entryJson[facet];
      const entries = facets[facet].map(({ value, count }) => {
        let around = known.get(value);
        if (!around) {
          const label = this.#labelOf(facet, value);
          around = [`{"value":${JSON.stringify(value)},"count":`, label === undefined ? '}' : `,"label":${JSON.stringify(label)}}`];
          known.set(value, around);
        }
        return `${around[0]}${String(count)}${around[1]}`;
      });
      return `"${facet}":[${entries.join(',')}]`;
    });
    return `{${parts.join(',')}}`;
  }

  #labelOf(facet: FacetName, value: string): LocalizedText | undefined {
    switch (facet) {
      case 'type':
        return labelOf('legalDocumentType', value);
      case 'status':
        return labelOf('legalDocumentStatus', value);
      case 'issuer':
      case 'field':
        return this.#labels[facet].get(value);
      case 'year':
        return undefined;
    }
  }
}

/** The parsed API query as the index runs it, and the citation read in its words (`read`, when already read). */
export function readRequest(query: SearchQuery, read = readQuery(query.q ?? '')): { request: SearchRequest; citation: LegalCitationReading } {
  const { terms, citation } = read;
  const filters: SearchRequest['filters'] = {
    type: query.type ?? [],
    issuer: query.issuer ?? [],
    field: query.field ?? [],
    year: (query.year ?? []).map(String),
    status: query.status ?? [],
  };
  const request: SearchRequest = {
    terms,
    filters,
    agency: query.agency,
    stage: query.stage,
    // Relevance is only meaningful with words to match.
    sort: query.sort ?? (terms.length > 0 ? 'relevance' : 'issued-desc'),
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
    rerankDepth,
    year: citation.year,
    date: citation.date === undefined ? undefined : Number(citation.date.replaceAll('-', '')),
    // Pieces of numbers with their ordinal ("10/2024", "42/2022/nd-cp"): a symbol alone ("qd-ubnd")
    // is borne by half the register, and names no document.
    cited: citation.tokens.filter((token) => /^\d+\//.test(token)),
  };
  return { request, citation };
}

/** The parsed API query as the index runs it (see `readRequest`). */
export function toRequest(query: SearchQuery): SearchRequest {
  return readRequest(query).request;
}

/** The answer's members saying how the query was read (see `LegalDocumentSearchResult`). */
function readingJson(citation: LegalCitationReading, match: 'all' | 'most', didYouMean: string | undefined): string {
  const { number, type, date, year } = citation;
  const read = Object.entries({ number, type, date, year }).filter(([, value]) => value !== undefined);
  return [
    `,"match":"${match}"`,
    read.length > 0 ? `,"reading":${JSON.stringify(Object.fromEntries(read))}` : '',
    didYouMean === undefined ? '' : `,"didYouMean":${JSON.stringify(didYouMean)}`,
  ].join('');
}
