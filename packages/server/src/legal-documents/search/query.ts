import type { LegalDocumentSort } from '@vn-portal/schema';
import { inverseDocumentFrequency } from './bm25.js';
import { denseMatches } from './dense-matches.js';
import { facetNames, numberWeight, postingDoc, postingWeight, row, rowWidth, type FacetName, type InvertedIndex } from './inverted-index.js';
import { listMatches } from './list-matches.js';
import { emptyCounts, facetBit, facetColumns, type AcceptTables, type FacetCounts, type MatchPlan, type QueryTerm } from './match-plan.js';
import { before, kthItem, selectTop, type SortKeys } from './top-k.js';

export interface SearchRequest {
  /** Folded query terms, all required; none lists every document of the stage. */
  terms: readonly string[];
  filters: Record<FacetName, readonly string[]>;
  agency?: string | undefined;
  stage: 'issued' | 'draft' | 'withdrawn';
  sort: LegalDocumentSort;
  offset: number;
  limit: number;
  /**
   * How many of the best BM25 hits the phrase bonus may reorder (all of them on a deeper page).
   * Part of the ranking, not of the work: whatever the page, the order is the same.
   */
  rerankDepth: number;
  /** Where the counts of filtered facets are kept between searches of one state of the index. */
  facetMemory?: FacetMemory | undefined;
  /**
   * `most`: a document need hold only most of the terms (see `MatchPlan.coordination`), for when
   * none holds them all. `all` when absent.
   */
  match?: 'all' | 'most' | undefined;
  /** Words a term may also be read as, a typo corrected: they match at half its weight. */
  corrections?: ReadonlyMap<string, readonly string[]> | undefined;
  /** The year and date of issue a citation named (`YYYYMMDD`): ranking signals, not filters. */
  year?: number | undefined;
  date?: number | undefined;
  /** Folded number tokens the query cited (see `LegalCitationReading.tokens`): their bearers come first. */
  cited?: readonly string[] | undefined;
}

/**
 * Counts of filtered facets kept between searches, by `drillDownKey`. Choosing a value of a facet,
 * or another one, leaves that facet's counts as they were (they are taken without its own filter),
 * so each step of a drill-down counts only the facets it changed. Entries hold for one state of the
 * index: the memory must forget them when the index changes.
 */
export interface FacetMemory {
  get(key: string): Int32Array | undefined;
  set(key: string, counts: Int32Array): void;
}

/** What a filtered facet's counts depend on: the words, stage, agency and every *other* filter. */
function drillDownKey(request: SearchRequest, facet: FacetName): string {
  const others = facetNames.filter((other) => other !== facet).map((other) => [other, [...request.filters[other]].sort()]);
  const corrections = [...(request.corrections ?? [])].sort();
  return JSON.stringify([facet, request.stage, request.agency ?? null, [...new Set(request.terms)].sort(), request.match ?? 'all', corrections, others]);
}

/** Copies the remembered counts of filtered facets into `counts`; answers which facets it filled, and the keys of the others. */
function recall(request: SearchRequest, counts: FacetCounts): { known: number; toKeep: [FacetName, string][] } {
  const memory = request.facetMemory;
  let known = 0;
  const toKeep: [FacetName, string][] = [];
  if (!memory) return { known, toKeep };
  for (const facet of facetNames) {
    if (request.filters[facet].length === 0) continue;
    const key = drillDownKey(request, facet);
    const remembered = memory.get(key);
    if (remembered?.length === counts[facet].length) {
      counts[facet].set(remembered);
      known |= facetBit[facet];
    } else toKeep.push([facet, key]);
  }
  return { known, toKeep };
}

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface SearchHits {
  ids: string[];
  total: number;
  facets: Record<FacetName, FacetValueCount[]>;
}

const phraseBonus = 1.5;

/*
 * Scratch space reused by every search: hit ordinals, and each hit's score and sort keys by its
 * position among the hits. A search runs to the end without yielding, so one set of buffers serves
 * all, and none needs clearing: only the entries of this search's hits are ever read.
 */
const buffers = {
  hits: new Int32Array(0),
  positions: new Int32Array(0),
  reaching: new Int32Array(0),
  inText: new Uint8Array(0),
  scores: new Float64Array(0),
  adjusted: new Float64Array(0),
  newer: new Float64Array(0),
  primary: new Float64Array(0),
};

function scratch(ordinals: number): typeof buffers {
  if (buffers.hits.length < ordinals) {
    const size = ordinals * 2;
    Object.assign(buffers, {
      hits: new Int32Array(size),
      positions: Int32Array.from({ length: size }, (_, position) => position),
      reaching: new Int32Array(size),
      inText: new Uint8Array(size),
      scores: new Float64Array(size),
      adjusted: new Float64Array(size),
      newer: new Float64Array(size),
      primary: new Float64Array(size),
    });
  }
  return buffers;
}

/** A filter as a lookup table by interned value; `undefined` when the facet is not filtered. */
function acceptTable(index: InvertedIndex, facet: FacetName, values: readonly string[]): Uint8Array | undefined {
  if (values.length === 0) return undefined;
  const table = new Uint8Array(index.facets[facet].values.length);
  for (const value of values) {
    const id = index.facets[facet].find(value);
    if (id >= 0) table[id] = 1;
  }
  return table;
}

/** Ordinals stay below 2^24 (see postings), so date and ordinal fit one exact float. */
const ordinalSpan = 2 ** 24;

/**
 * Sort keys of the hits for an order, by position; every order ends on the ordinal so that pages
 * never overlap. Newest first is the issue date, then the ordinal, descending: the tie-break of
 * every other order.
 */
function sortKeys(index: InvertedIndex, sort: LegalDocumentSort, found: Int32Array, scores: Float64Array | undefined): SortKeys {
  const { newer, primary } = buffers;
  const rows = index.rows.data;
  const effective = index.effective.data;
  for (let position = 0; position < found.length; position++) {
    const doc = found[position] ?? 0;
    newer[position] = (rows[doc * rowWidth + row.issued] ?? 0) * ordinalSpan + doc;
  }
  switch (sort) {
    case 'issued-asc':
      for (let position = 0; position < found.length; position++) primary[position] = -(newer[position] ?? 0);
      return { primary, secondary: primary };
    case 'effective-desc':
      for (let position = 0; position < found.length; position++) primary[position] = effective[found[position] ?? 0] ?? 0;
      return { primary, secondary: newer };
    case 'relevance':
      return { primary: scores ?? newer, secondary: newer };
    case 'issued-desc':
      return { primary: newer, secondary: newer };
  }
}

/**
 * A term's postings with those of the words it may also be read as (see
 * `SearchRequest.corrections`), one posting per document: the term's own weight where it occurs,
 * else half the corrected word's, so that exact matches rank first.
 */
function correctedPostings(index: InvertedIndex, term: string, corrections: readonly string[]): number[] {
  const all: number[] = [];
  const add = (word: string, exact: boolean) => {
    const postings = index.postings.get(word);
    for (const posting of postings === undefined ? [] : typeof postings === 'number' ? [postings] : postings) {
      all.push(exact ? posting : posting - postingWeight(posting) + Math.max(1, postingWeight(posting) >> 1));
    }
  };
  add(term, true);
  for (const word of corrections) add(word, false);
  // By document, then weight: the last posting of a document is its best.
  all.sort((left, right) => left - right);
  return all.filter((posting, at) => postingDoc(posting) !== postingDoc(all[at + 1] ?? -1));
}

/**
 * The query's terms, rarest first (ties in query order): the order scores are summed in.
 * `undefined` when a term is in no document, so that nothing matches; when most terms are enough,
 * such a term is left out instead.
 */
function queryTerms(index: InvertedIndex, request: SearchRequest): QueryTerm[] | undefined {
  const found: QueryTerm[] = [];
  const size = Math.max(index.size, 1);
  for (const term of request.terms) {
    const corrections = request.corrections?.get(term);
    const postings = corrections ? correctedPostings(index, term, corrections) : index.postings.get(term);
    if (postings === undefined || (Array.isArray(postings) && postings.length === 0)) {
      if (request.match === 'most') continue;
      return undefined;
    }
    const list = typeof postings === 'number' ? [postings] : postings;
    found.push({ postings: list, dense: corrections ? undefined : index.dense(term), idf: inverseDocumentFrequency(size, list.length) });
  }
  return found.sort((left, right) => left.postings.length - right.postings.length);
}

/**
 * Score factors by validity: among close matches, what is in force comes before what was, and a
 * document that another of the register replaces (whose text lives on in it) well after that one.
 */
export const forceFactor: Record<string, number> = { 'in-force': 1, 'not-yet-in-force': 1, 'partly-expired': 0.9, unknown: 0.85, suspended: 0.7, expired: 0.6 };
export const replacedFactor = 0.3;
/**
 * Score factors for the year and date of issue a citation named, and for the document bearing the
 * number cited, which comes first. A document the query names so is weighed by them instead of by
 * its validity: "luật … năm 2015" wants the law of 2015, even replaced.
 */
const yearFactor = 2;
const dateFactor = 1.5;
const bearerFactor = 8;

/** The documents whose own number holds one of the cited number tokens (weighed as a number there). */
function bearersOf(index: InvertedIndex, cited: readonly string[]): Set<number> {
  const bearers = new Set<number>();
  for (const token of cited) {
    const postings = index.postings.get(token);
    for (const posting of postings === undefined ? [] : typeof postings === 'number' ? [postings] : postings) {
      if (postingWeight(posting) >= numberWeight) bearers.add(postingDoc(posting));
    }
  }
  return bearers;
}

/**
 * Weighs each hit's score by its legal force and by the year and date the query named: one pass
 * over the hits' rows, which scoring has just read.
 */
function weighScores(index: InvertedIndex, request: SearchRequest, found: Int32Array, scores: Float64Array): void {
  const statuses = index.facets.status.values;
  const byStatus = Float64Array.from(statuses, (status) => forceFactor[status] ?? 1);
  const year = request.year === undefined ? -1 : index.facets.year.find(String(request.year));
  const date = request.date ?? -1;
  const bearers = request.cited === undefined || request.cited.length === 0 ? undefined : bearersOf(index, request.cited);
  const rows = index.rows.data;
  const replaced = index.replacements.flags;
  for (let position = 0; position < found.length; position++) {
    const doc = found[position] ?? 0;
    const at = doc * rowWidth;
    let asked = 1;
    if (rows[at + row.year] === year) asked *= yearFactor;
    if (rows[at + row.issued] === date) asked *= dateFactor;
    if (bearers?.has(doc)) asked *= bearerFactor;
    // What the query names outweighs validity: the law of 2015 asked for, even replaced.
    const factor = asked > 1 ? asked : (byStatus[rows[at + row.status] ?? 0] ?? 1) * (replaced[doc] === 1 ? replacedFactor : 1);
    scores[position] = (scores[position] ?? 0) * factor;
  }
}

/**
 * Runs a search over the index: match, filter, count facets, order and cut one page.
 *
 * Facet counts follow the usual faceted-search rule: each facet is counted over the documents that
 * pass every *other* filter, so choosing "Quyết định" still shows how many "Nghị định" there are
 * instead of hiding the alternatives.
 *
 * Two ways of matching give the same hits, scores and counts: walking the rarest term's posting
 * list when it is rare (`listMatches`), or whole-register bitsets when every term is frequent or
 * there is none (`denseMatches`), where visiting each match would cost the most.
 */
export function runSearch(index: InvertedIndex, request: SearchRequest): SearchHits {
  const stage = index.stages.find(request.stage);
  const agency = request.agency === undefined ? undefined : index.agencies.find(request.agency);
  const accept: AcceptTables = {
    type: acceptTable(index, 'type', request.filters.type),
    issuer: acceptTable(index, 'issuer', request.filters.issuer),
    field: acceptTable(index, 'field', request.filters.field),
    year: acceptTable(index, 'year', request.filters.year),
    status: acceptTable(index, 'status', request.filters.status),
  };
  const counts = emptyCounts(index);
  const scored = request.terms.length > 0;
  const terms = queryTerms(index, request);
  const most = request.match === 'most';
  const { hits, scores, inText } = scratch(index.ordinals);
  let hitCount = 0;
  if (terms && stage >= 0 && agency !== -1) {
    const { known, toKeep } = recall(request, counts);
    const coordination = most ? { terms: request.terms.length, needed: Math.ceil(request.terms.length / 2) } : undefined;
    const plan: MatchPlan = { index, stage, agency, terms, accept, scored: scored && request.sort === 'relevance', coordination, columns: facetColumns(index), counts, known, hits, scores, inText };
    const dense = terms.flatMap((term) => (term.dense ? [term.dense] : []));
    hitCount = dense.length === terms.length && !most ? denseMatches(plan, dense) : listMatches(plan);
    if (plan.scored) weighScores(index, request, hits.subarray(0, hitCount), scores);
    // Kept as they are: `counts` is this search's own, and nothing writes to it after this.
    for (const [facet, key] of toKeep) request.facetMemory?.set(key, counts[facet]);
  }

  const found = hits.subarray(0, hitCount);
  const keys = sortKeys(index, request.sort, found, scored ? scores : undefined);
  const positions = buffers.positions.subarray(0, hitCount);
  const page =
    request.sort === 'relevance' && scored && request.terms.length > 1
      ? rerankedPage(index, found, request, keys)
      : selectTop(positions, request.offset + request.limit, keys).slice(request.offset);

  const facets = {} as Record<FacetName, FacetValueCount[]>;
  for (const facet of facetNames) facets[facet] = facetCounts(index, facet, counts[facet], request.filters[facet]);
  return { ids: page.map((position) => index.ids[found[position] ?? 0] ?? ''), total: hitCount, facets };
}

/**
 * A page of the relevance order with the phrase bonus: the best `rerankDepth` hits by BM25 (or
 * the whole page, if deeper), reordered by BM25 times the bonus where the query's terms occur one
 * after the other, in query order, in the document's number and summary.
 *
 * Only hits that could reach the page are checked for the phrase. The page by BM25 alone is among
 * the hits reordered, so the page after reordering ends no lower than those hits with their bonus
 * do, and a hit that stays below that even with the bonus cannot be on the page. The others are a
 * prefix of the BM25 order, cut to the rerank depth when longer.
 */
function rerankedPage(index: InvertedIndex, found: Int32Array, request: SearchRequest, keys: SortKeys): number[] {
  const end = request.offset + request.limit;
  const depth = Math.max(request.rerankDepth, end);
  const scores = keys.primary;
  const { reaching, adjusted, inText } = buffers;
  // A word no document has in its text rules the phrase out at once.
  const words = Int32Array.from(request.terms, (term) => index.phraseWords.find(term));
  const anywhere = words.length > 0 && !words.includes(-1);
  const adjust = (positions: Iterable<number>) => {
    for (const position of positions) {
      const score = scores[position] ?? 0;
      adjusted[position] = anywhere && inText[position] === 1 && index.hasPhrase(found[position] ?? 0, words) ? score * phraseBonus : score;
    }
  };

  const plain = selectTop(buffers.positions.subarray(0, found.length), end, keys);
  adjust(plain);
  const lowest = Math.min(...plain.map((position) => adjusted[position] ?? 0));
  let count = 0;
  for (let position = 0; position < found.length; position++) {
    // The best a hit can reach: with the bonus, or without it when dead postings made a term's
    // idf (and the score) negative.
    const score = scores[position] ?? 0;
    if (Math.max(score, score * phraseBonus) >= lowest) reaching[count++] = position;
  }
  let candidates = reaching.subarray(0, count);
  const deepest = count > depth ? kthItem(candidates, depth, keys) : undefined;
  if (deepest !== undefined) {
    let kept = 0;
    for (const position of candidates) if (!before(keys, deepest, position)) reaching[kept++] = position;
    candidates = reaching.subarray(0, kept);
  }
  adjust(candidates);
  return selectTop(candidates, end, { primary: adjusted, secondary: keys.secondary }).slice(request.offset);
}

/** Non-zero counts, plus chosen values even at zero so a filter in use can always be removed. */
function facetCounts(index: InvertedIndex, facet: FacetName, counts: Int32Array, chosen: readonly string[]): FacetValueCount[] {
  const values = index.facets[facet].values;
  const result: FacetValueCount[] = [];
  for (let id = 0; id < counts.length; id++) {
    const count = counts[id] ?? 0;
    const value = values[id] ?? '';
    if (count > 0 || chosen.includes(value)) result.push({ value, count });
  }
  for (const value of chosen) if (!result.some((entry) => entry.value === value)) result.push({ value, count: 0 });
  // Years read best newest first; other facets by how many documents they hold.
  return facet === 'year'
    ? result.sort((left, right) => right.value.localeCompare(left.value))
    : result.sort((left, right) => right.count - left.count || left.value.localeCompare(right.value));
}
