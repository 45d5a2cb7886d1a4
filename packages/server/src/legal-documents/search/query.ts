import type { LegalDocumentSort } from '@vn-portal/schema';
import { facetNames, postingDoc, postingWeight, type FacetName, type InvertedIndex } from './inverted-index.js';
import { selectTop } from './top-k.js';

export interface SearchRequest {
  /** Folded query terms, all required; none lists every document of the stage. */
  terms: readonly string[];
  /** The query's words joined by single spaces, for the phrase bonus. */
  phrase: string;
  filters: Record<FacetName, readonly string[]>;
  agency?: string | undefined;
  stage: 'issued' | 'draft';
  sort: LegalDocumentSort;
  offset: number;
  limit: number;
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

// BM25's usual constants: term frequency saturates around k1, length normalization by b.
const k1 = 1.2;
const b = 0.75;
/** Only this many of the best BM25 hits are re-ranked by the costlier phrase check. */
const rerankDepth = 200;
const phraseBonus = 1.5;

/*
 * Scratch space reused by every search: candidate and hit ordinals, and scores by ordinal. A search
 * runs to the end without yielding, so one set of buffers serves all, and scores need no clearing
 * because only the entries of this search's candidates are ever read.
 */
let candidateBuffer = new Int32Array(1024);
let hitBuffer = new Int32Array(1024);
let scoreBuffer = new Float64Array(1024);

function scratch(ordinals: number): { candidates: Int32Array; hits: Int32Array; scores: Float64Array } {
  if (hitBuffer.length < ordinals) {
    candidateBuffer = new Int32Array(ordinals * 2);
    hitBuffer = new Int32Array(ordinals * 2);
    scoreBuffer = new Float64Array(ordinals * 2);
  }
  return { candidates: candidateBuffer, hits: hitBuffer, scores: scoreBuffer };
}

/** First index at or after `from` whose posting's document is ≥ `target`: galloping, then binary search. */
function seek(postings: readonly number[], from: number, target: number): number {
  let step = 1;
  let low = from;
  let high = from;
  while (high < postings.length && postingDoc(postings[high] ?? 0) < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, postings.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (postingDoc(postings[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Writes every live document holding every term to `into`, its BM25 score to `scores` by ordinal,
 * and answers how many there are. Walks the rarest posting list and seeks in the others, so the
 * cost follows the rarest term, not the most frequent one.
 */
function collectMatches(index: InvertedIndex, terms: readonly string[], into: Int32Array, scores: Float64Array): number {
  const lists: number[][] = [];
  for (const term of terms) {
    const postings = index.postings.get(term);
    if (postings === undefined) return 0;
    lists.push(typeof postings === 'number' ? [postings] : postings);
  }
  lists.sort((left, right) => left.length - right.length);
  const size = Math.max(index.size, 1);
  const idf = lists.map((list) => Math.log(1 + (size - list.length + 0.5) / (list.length + 0.5)));
  const average = index.averageLength;
  const alive = index.alive.data;
  const length = index.length.data;
  const cursors = lists.map(() => 0);
  const lead = lists[0] ?? [];
  let count = 0;

  // The hot loop of every search: no closures or allocations per document.
  outer: for (const posting of lead) {
    const doc = postingDoc(posting);
    if (alive[doc] === 0) continue;
    const norm = k1 * (1 - b + (b * (length[doc] ?? 0)) / average);
    let weight = postingWeight(posting);
    let score = ((idf[0] ?? 0) * weight * (k1 + 1)) / (weight + norm);
    for (let term = 1; term < lists.length; term++) {
      const list = lists[term] ?? [];
      const at = seek(list, cursors[term] ?? 0, doc);
      cursors[term] = at;
      const found = list[at];
      if (found === undefined || postingDoc(found) !== doc) continue outer;
      weight = postingWeight(found);
      score += ((idf[term] ?? 0) * weight * (k1 + 1)) / (weight + norm);
    }
    into[count++] = doc;
    scores[doc] = score;
  }
  return count;
}

/** Every live document of the stage and agency, written to `into`; answers how many. */
function collectAll(index: InvertedIndex, stageWanted: number, agencyWanted: number | undefined, into: Int32Array): number {
  const alive = index.alive.data;
  const stage = index.stage.data;
  const agency = index.agency.data;
  let count = 0;
  for (let doc = 0; doc < index.ordinals; doc++) {
    if (alive[doc] === 1 && stage[doc] === stageWanted && (agencyWanted === undefined || agency[doc] === agencyWanted)) into[count++] = doc;
  }
  return count;
}

type FacetCounts = Record<FacetName, Int32Array>;
type AcceptTables = Record<FacetName, Uint8Array | undefined>;

function bump(counts: Int32Array, value: number | undefined): void {
  const at = value ?? 0;
  counts[at] = (counts[at] ?? 0) + 1;
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

/** Ordering of hits; every order ends on the ordinal so that pages never overlap. */
function comparator(index: InvertedIndex, sort: LegalDocumentSort, scores: Float64Array | undefined) {
  const issued = index.issued.data;
  const effective = index.effective.data;
  const newer = (left: number, right: number) => (issued[right] ?? 0) - (issued[left] ?? 0) || right - left;
  switch (sort) {
    case 'issued-asc':
      return (left: number, right: number) => (issued[left] ?? 0) - (issued[right] ?? 0) || left - right;
    case 'effective-desc':
      return (left: number, right: number) => (effective[right] ?? 0) - (effective[left] ?? 0) || newer(left, right);
    case 'relevance':
      if (scores) return (left: number, right: number) => (scores[right] ?? 0) - (scores[left] ?? 0) || newer(left, right);
      return newer;
    case 'issued-desc':
      return newer;
  }
}

/**
 * Counts facets over candidates when no facet is filtered, and keeps them all as hits: the common
 * case (words only, or nothing), kept apart from the filtered pass because a loop this plain runs
 * about three times faster.
 */
function countAll(
  index: InvertedIndex,
  candidates: Int32Array,
  stageWanted: number,
  agencyWanted: number | undefined,
  counts: FacetCounts,
  hits: Int32Array,
): number {
  const stage = index.stage.data;
  const agency = index.agency.data;
  const [type, issuer, year, status] = [index.type.data, index.issuer.data, index.year.data, index.status.data];
  const fieldStart = index.fieldStart.data;
  const fieldValues = index.fieldValues.data;
  let hitCount = 0;
  for (let position = 0; position < candidates.length; position++) {
    const doc = candidates[position] ?? 0;
    if (stage[doc] !== stageWanted || (agencyWanted !== undefined && agency[doc] !== agencyWanted)) continue;
    bump(counts.type, type[doc]);
    bump(counts.issuer, issuer[doc]);
    bump(counts.year, year[doc]);
    bump(counts.status, status[doc]);
    const to = fieldStart[doc + 1] ?? 0;
    for (let at = fieldStart[doc] ?? 0; at < to; at++) bump(counts.field, fieldValues[at]);
    hits[hitCount++] = doc;
  }
  return hitCount;
}

/**
 * Counts facets over candidates with filters: each facet over the documents passing every *other*
 * filter, in one pass, since a document failing exactly one filter counts only in that facet.
 */
function countFiltered(
  index: InvertedIndex,
  candidates: Int32Array,
  stageWanted: number,
  agencyWanted: number | undefined,
  accept: AcceptTables,
  counts: FacetCounts,
  hits: Int32Array,
): number {
  const stage = index.stage.data;
  const agency = index.agency.data;
  const [type, issuer, year, status] = [index.type.data, index.issuer.data, index.year.data, index.status.data];
  const fieldStart = index.fieldStart.data;
  const fieldValues = index.fieldValues.data;
  let hitCount = 0;
  for (let position = 0; position < candidates.length; position++) {
    const doc = candidates[position] ?? 0;
    if (stage[doc] !== stageWanted || (agencyWanted !== undefined && agency[doc] !== agencyWanted)) continue;
    const from = fieldStart[doc] ?? 0;
    const to = fieldStart[doc + 1] ?? 0;
    let failed = 0;
    if (accept.type && accept.type[type[doc] ?? 0] !== 1) failed |= 1;
    if (accept.issuer && accept.issuer[issuer[doc] ?? 0] !== 1) failed |= 2;
    if (accept.field) {
      let any = false;
      for (let at = from; at < to && !any; at++) any = accept.field[fieldValues[at] ?? 0] === 1;
      if (!any) failed |= 4;
    }
    if (accept.year && accept.year[year[doc] ?? 0] !== 1) failed |= 8;
    if (accept.status && accept.status[status[doc] ?? 0] !== 1) failed |= 16;
    // Failing two filters or more, the document counts nowhere.
    if ((failed & (failed - 1)) !== 0) continue;
    if ((failed & ~1) === 0) bump(counts.type, type[doc]);
    if ((failed & ~2) === 0) bump(counts.issuer, issuer[doc]);
    if ((failed & ~4) === 0) for (let at = from; at < to; at++) bump(counts.field, fieldValues[at]);
    if ((failed & ~8) === 0) bump(counts.year, year[doc]);
    if ((failed & ~16) === 0) bump(counts.status, status[doc]);
    if (failed === 0) hits[hitCount++] = doc;
  }
  return hitCount;
}

/**
 * Runs a search over the index: match, filter, count facets, order and cut one page.
 *
 * Facet counts follow the usual faceted-search rule: each facet is counted over the documents that
 * pass every *other* filter, so choosing "Quyết định" still shows how many "Nghị định" there are
 * instead of hiding the alternatives. All five counts come from one pass: a document failing
 * exactly one filter counts only in that filter's facet.
 */
export function runSearch(index: InvertedIndex, request: SearchRequest): SearchHits {
  const stageWanted = index.stages.find(request.stage);
  const agencyWanted = request.agency === undefined ? undefined : index.agencies.find(request.agency);
  const accept: AcceptTables = {
    type: acceptTable(index, 'type', request.filters.type),
    issuer: acceptTable(index, 'issuer', request.filters.issuer),
    field: acceptTable(index, 'field', request.filters.field),
    year: acceptTable(index, 'year', request.filters.year),
    status: acceptTable(index, 'status', request.filters.status),
  };
  const counts: FacetCounts = {
    type: new Int32Array(index.facets.type.values.length),
    issuer: new Int32Array(index.facets.issuer.values.length),
    field: new Int32Array(index.facets.field.values.length),
    year: new Int32Array(index.facets.year.values.length),
    status: new Int32Array(index.facets.status.values.length),
  };
  const scored = request.terms.length > 0;
  const { candidates, hits, scores } = scratch(index.ordinals);
  const candidateCount = scored
    ? collectMatches(index, request.terms, candidates, scores)
    : collectAll(index, stageWanted, agencyWanted, candidates);
  const filtered = facetNames.some((facet) => accept[facet] !== undefined);
  const hitCount = filtered
    ? countFiltered(index, candidates.subarray(0, candidateCount), stageWanted, agencyWanted, accept, counts, hits)
    : countAll(index, candidates.subarray(0, candidateCount), stageWanted, agencyWanted, counts, hits);

  const end = request.offset + request.limit;
  const found = hits.subarray(0, hitCount);
  let page: number[];
  if (request.sort === 'relevance' && scored && request.terms.length > 1) {
    // Bounded ranking: the phrase check runs on the best few hundred BM25 hits only.
    const top = selectTop(found, Math.max(end, rerankDepth), comparator(index, 'relevance', scores));
    for (const doc of top) if (index.phrase[doc]?.includes(` ${request.phrase} `)) scores[doc] = (scores[doc] ?? 0) * phraseBonus;
    page = top.sort(comparator(index, 'relevance', scores)).slice(request.offset, end);
  } else {
    page = selectTop(found, end, comparator(index, request.sort, scored ? scores : undefined)).slice(request.offset);
  }

  const facets = {} as Record<FacetName, FacetValueCount[]>;
  for (const facet of facetNames) facets[facet] = facetCounts(index, facet, counts[facet], request.filters[facet]);
  return { ids: page.map((doc) => index.ids[doc] ?? ''), total: hitCount, facets };
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
