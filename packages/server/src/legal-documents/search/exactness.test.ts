import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { LegalDocumentSort } from '@vn-portal/schema';
import { inverseDocumentFrequency, lengthNorm, termScore } from './bm25.js';
import { facetNames, InvertedIndex, postingDoc, postingWeight, singleFacets, type FacetName, type IndexedDocument } from './inverted-index.js';
import { forceFactor, replacedFactor, runSearch, type FacetValueCount, type SearchHits, type SearchRequest } from './query.js';

/*
 * The search takes shortcuts (bitsets, kept tallies and subtraction, bounded phrase checks,
 * heaps) that must never change an answer. These tests hold it to a naive scan of the index's
 * plain data (columns, posting lists, phrase words), written for obviousness, not speed: same
 * hits, total, facet counts and order, on random registers with changes, and on random queries.
 */

/** Every live document checked against every condition, sorted in full. */
function naiveSearch(index: InvertedIndex, request: SearchRequest): SearchHits {
  const weight = (term: string, doc: number): number | undefined => {
    const postings = index.postings.get(term) ?? [];
    const found = (typeof postings === 'number' ? [postings] : postings).find((posting) => postingDoc(posting) === doc);
    return found === undefined ? undefined : postingWeight(found);
  };
  const documentFrequency = (term: string) => index.documentFrequency(term);
  // Scores are summed rarest term first, as the index does; a float sum depends on its order.
  const terms = [...request.terms].sort((left, right) => documentFrequency(left) - documentFrequency(right));
  const size = Math.max(index.size, 1);
  const valuesOf = (facet: FacetName, doc: number): string[] => {
    if (facet !== 'field') return [index.facets[facet].values[index.valueOf(doc, facet)] ?? ''];
    return Array.from(index.fieldsOf(doc), (id) => index.facets.field.values[id] ?? '');
  };
  const passes = (facet: FacetName, doc: number) => request.filters[facet].length === 0 || valuesOf(facet, doc).some((value) => request.filters[facet].includes(value));

  const matches: number[] = [];
  const score = new Map<number, number>();
  for (let doc = 0; doc < index.ordinals; doc++) {
    if (index.alive.data[doc] !== 1) continue;
    if (index.stages.values[(index.stage.data[doc] ?? 0)] !== request.stage) continue;
    if (request.agency !== undefined && index.agencies.values[(index.agency.data[doc] ?? 0)] !== request.agency) continue;
    if (!terms.every((term) => weight(term, doc) !== undefined)) continue;
    const norm = lengthNorm(index.valueOf(doc, 'length'), index.averageLength);
    const bm25 = terms.reduce((sum, term) => sum + termScore(inverseDocumentFrequency(size, documentFrequency(term)), weight(term, doc) ?? 0, norm), 0);
    // Legal force weighs the score: what is in force before what expired, what is replaced well after.
    const status = index.facets.status.values[index.valueOf(doc, 'status')] ?? '';
    score.set(doc, bm25 * ((forceFactor[status] ?? 1) * (index.replacements.flags[doc] === 1 ? replacedFactor : 1)));
    matches.push(doc);
  }
  const hits = matches.filter((doc) => facetNames.every((facet) => passes(facet, doc)));

  const facets = {} as Record<FacetName, FacetValueCount[]>;
  for (const facet of facetNames) {
    const counts = new Map<string, number>();
    for (const doc of matches) {
      if (!facetNames.every((other) => other === facet || passes(other, doc))) continue;
      for (const value of valuesOf(facet, doc)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const value of request.filters[facet]) if (!counts.has(value)) counts.set(value, 0);
    const entries = [...counts].map(([value, count]) => ({ value, count }));
    facets[facet] =
      facet === 'year'
        ? entries.sort((left, right) => right.value.localeCompare(left.value))
        : entries.sort((left, right) => right.count - left.count || left.value.localeCompare(right.value));
  }

  const issued = (doc: number) => index.valueOf(doc, 'issued');
  const newer = (left: number, right: number) => issued(right) - issued(left) || right - left;
  const orders: Record<LegalDocumentSort, (left: number, right: number) => number> = {
    relevance: terms.length > 0 ? (left, right) => (score.get(right) ?? 0) - (score.get(left) ?? 0) || newer(left, right) : newer,
    'issued-desc': newer,
    'issued-asc': (left, right) => issued(left) - issued(right) || left - right,
    'effective-desc': (left, right) => (index.effective.data[right] ?? 0) - (index.effective.data[left] ?? 0) || newer(left, right),
  };
  const end = request.offset + request.limit;
  let ordered = [...hits].sort(orders[request.sort]);
  if (request.sort === 'relevance' && terms.length > 1) {
    const phrase = ` ${request.terms.join(' ')} `;
    const textOf = (doc: number) => {
      const ids = Array.from(index.phraseValues.data.subarray(index.phraseStart.data[doc] ?? 0, index.phraseStart.data[doc + 1] ?? 0));
      return ` ${ids.map((id) => index.phraseWords.values[id] ?? '').join(' ')} `;
    };
    const adjusted = new Map(ordered.map((doc) => [doc, (score.get(doc) ?? 0) * (textOf(doc).includes(phrase) ? 1.5 : 1)]));
    ordered = ordered.slice(0, Math.max(request.rerankDepth, end)).sort((left, right) => (adjusted.get(right) ?? 0) - (adjusted.get(left) ?? 0) || newer(left, right));
  }
  return { ids: ordered.slice(request.offset, end).map((doc) => index.ids[doc] ?? ''), total: hits.length, facets };
}

// Few words and values, so that documents share them, and some words that are nearly everywhere.
const words = ['thong', 'tin', 'cong', 'quyet', 'dinh', 'ke', 'hoach', 'so', 'dat'];
const values = {
  type: ['decision', 'plan', 'decree'],
  issuer: ['ubnd', 'hdnd', 'bo'],
  field: ['cntt', 'dat-dai', 'y-te'],
  year: ['2019', '2020', '2021'],
  status: ['in-force', 'expired'],
};

const documentArbitrary = fc.record({
  id: fc.constantFrom(...Array.from({ length: 30 }, (_, at) => `d${at}`)),
  stage: fc.constantFrom('issued', 'issued', 'issued', 'draft'),
  agency: fc.constantFrom('tinh', 'huyen'),
  type: fc.constantFrom(...values.type),
  issuer: fc.constantFrom(...values.issuer),
  fields: fc.subarray(values.field, { maxLength: 2 }),
  status: fc.constantFrom(...values.status),
  issuedDate: fc.tuple(fc.constantFrom(...values.year), fc.constantFrom('01-05', '06-30')).map(([year, day]) => `${year}-${day}`),
  effectiveDate: fc.option(fc.constantFrom('2020-02-01', '2021-07-01'), { nil: undefined }),
  number: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('/2020/QĐ-UBND', '/KH-UBND')).map(([n, rest]) => `${n}${rest}`),
  summary: fc.array(fc.array(fc.constantFrom(...words, 'thong', 'tin', 'thong tin'), { minLength: 1, maxLength: 7 }).map((parts) => parts.join(' ')), { minLength: 1, maxLength: 2 }),
  labels: fc.subarray(['Quyết định', 'Kế hoạch', 'Sở Thông tin'], { maxLength: 2 }),
}) satisfies fc.Arbitrary<IndexedDocument>;

/** A register built by adding documents, some of them replaced or removed later: dead ordinals included. */
const changesArbitrary = fc.array(fc.oneof({ weight: 5, arbitrary: documentArbitrary }, { weight: 1, arbitrary: fc.constantFrom(...Array.from({ length: 30 }, (_, at) => `d${at}`)) }), {
  minLength: 1,
  maxLength: 60,
});

const requestArbitrary = fc.record({
  terms: fc.uniqueArray(fc.constantFrom(...words, '1/2020', 'qd-ubnd', 'khong-co'), { maxLength: 3 }),
  filters: fc.record({
    type: fc.subarray([...values.type, 'law'], { maxLength: 2 }),
    issuer: fc.subarray(values.issuer, { maxLength: 2 }),
    field: fc.subarray(values.field, { maxLength: 2 }),
    year: fc.subarray(values.year, { maxLength: 2 }),
    status: fc.subarray(values.status, { maxLength: 1 }),
  }),
  agency: fc.option(fc.constantFrom('tinh', 'huyen', 'xa'), { nil: undefined }),
  stage: fc.constantFrom('issued', 'issued', 'draft'),
  sort: fc.constantFrom<LegalDocumentSort>('relevance', 'relevance', 'issued-desc', 'issued-asc', 'effective-desc'),
  offset: fc.integer({ min: 0, max: 8 }),
  limit: fc.integer({ min: 1, max: 8 }),
  rerankDepth: fc.integer({ min: 1, max: 12 }),
}) satisfies fc.Arbitrary<SearchRequest>;

/** Dense forms for every term, for none, or by the default share of the register. */
const denseShares = [0, 0.2, 1 / 64, Number.POSITIVE_INFINITY];

function build(changes: readonly (IndexedDocument | string)[], denseShare: number): InvertedIndex {
  const index = new InvertedIndex({ denseShare });
  for (const change of changes) {
    if (typeof change === 'string') index.remove(change);
    else index.put(change);
  }
  return index;
}

describe('search exactness', () => {
  test('every way of matching answers what a naive scan answers', () => {
    fc.assert(
      fc.property(changesArbitrary, fc.array(requestArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom(...denseShares), (changes, requests, denseShare) => {
        const index = build(changes, denseShare);
        for (const request of requests) assert.deepEqual(runSearch(index, request), naiveSearch(index, request));
      }),
      { numRuns: 400 },
    );
  });

  test('dense forms built before changes stay exact through them', () => {
    fc.assert(
      fc.property(changesArbitrary, changesArbitrary, fc.array(requestArbitrary, { minLength: 1, maxLength: 5 }), (before, after, requests) => {
        const index = build(before, 0);
        // Searching builds the dense forms and tallies that the later changes must keep up to date.
        for (const request of requests) runSearch(index, request);
        for (const change of after) {
          if (typeof change === 'string') index.remove(change);
          else index.put(change);
        }
        for (const request of requests) assert.deepEqual(runSearch(index, request), naiveSearch(index, request));
      }),
      { numRuns: 200 },
    );
  });

  test('a drill-down answers what a naive scan answers, with the counts it remembered from the steps before', () => {
    let recalled = 0;
    const stepArbitrary = fc.record({ facet: fc.constantFrom(...facetNames), values: fc.subarray([...values.type, ...values.issuer, ...values.field, ...values.year, ...values.status], { maxLength: 2 }) });
    fc.assert(
      fc.property(changesArbitrary, requestArbitrary, fc.array(stepArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom(...denseShares), (changes, start, steps, denseShare) => {
        const index = build(changes, denseShare);
        const remembered = new Map<string, Int32Array>();
        const facetMemory = {
          get: (key: string) => {
            const counts = remembered.get(key);
            if (counts) recalled++;
            return counts;
          },
          set: (key: string, counts: Int32Array) => void remembered.set(key, counts),
        };
        let request = start;
        for (const { facet, values: chosen } of steps) {
          request = { ...request, filters: { ...request.filters, [facet]: chosen } };
          assert.deepEqual(runSearch(index, { ...request, facetMemory }), naiveSearch(index, request));
        }
      }),
      { numRuns: 400 },
    );
    assert.ok(recalled > 100, `counts were taken from the memory ${recalled} times`);
  });

  test('a hit scored below zero still ranks: dead postings can make a term rarer than its count says', () => {
    const index = new InvertedIndex({ denseShare: 0 });
    const document: IndexedDocument = { id: 'd0', stage: 'issued', agency: 'tinh', type: 'decision', issuer: 'ubnd', fields: [], status: 'in-force', issuedDate: '2019-01-05', number: '1/2020/QĐ-UBND', summary: ['thong'], labels: ['Quyết định'] };
    index.put(document);
    // Replaced: two postings for "quyet" (one dead) in a register of one, so its idf is negative.
    index.put({ ...document, summary: ['quyet dinh thong'], labels: [] });
    const request: SearchRequest = { terms: ['quyet', 'thong'], filters: { type: [], issuer: [], field: [], year: [], status: [] }, stage: 'issued', sort: 'relevance', offset: 0, limit: 1, rerankDepth: 1 };
    assert.deepEqual(runSearch(index, request).ids, ['d0']);
    assert.deepEqual(runSearch(index, request), naiveSearch(index, request));
  });

  test('the phrase bonus lifts only hits within the rerank depth, wherever the phrase is in their text', () => {
    const base = { stage: 'issued', agency: 'tinh', type: 'decision', issuer: 'ubnd', fields: [], status: 'in-force', issuedDate: '2020-01-05', labels: [] } as const;
    const index = new InvertedIndex();
    // The shorter summary scores higher by BM25 alone; the other ends on the phrase, each word once.
    index.put({ ...base, id: 'words-apart', number: '1/KH-UBND', summary: ['tin ve thong'] });
    index.put({ ...base, id: 'phrase-last', number: '2/KH-UBND', summary: ['quy che cua cong thong tin'] });
    const request = (rerankDepth: number): SearchRequest => ({ terms: ['thong', 'tin'], filters: { type: [], issuer: [], field: [], year: [], status: [] }, stage: 'issued', sort: 'relevance', offset: 0, limit: 1, rerankDepth });
    assert.deepEqual(runSearch(index, { ...request(2), sort: 'relevance', terms: ['thong'] }).ids, ['words-apart'], 'the order by BM25 alone');
    assert.deepEqual(runSearch(index, request(2)).ids, ['phrase-last']);
    // With a depth of one, only the best by BM25 may be lifted, and it has no phrase.
    assert.deepEqual(runSearch(index, request(1)).ids, ['words-apart']);
    for (const depth of [1, 2]) assert.deepEqual(runSearch(index, request(depth)), naiveSearch(index, request(depth)));
  });

  test('pages are slices of one order, whatever the page size', () => {
    fc.assert(
      fc.property(changesArbitrary, requestArbitrary, fc.integer({ min: 1, max: 4 }), (changes, request, pageSize) => {
        const index = build(changes, 0);
        const deep = runSearch(index, { ...request, offset: 0, limit: 4 * pageSize }).ids;
        for (let page = 0; page < 4; page++) {
          assert.deepEqual(runSearch(index, { ...request, offset: page * pageSize, limit: pageSize }).ids, deep.slice(page * pageSize, (page + 1) * pageSize));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('kept tallies equal a recount after changes', () => {
    fc.assert(
      fc.property(changesArbitrary, (changes) => {
        const index = build(changes, 0);
        for (const [stage, stageName] of index.stages.values.entries()) {
          const live = Array.from({ length: index.ordinals }, (_, doc) => doc).filter((doc) => index.alive.data[doc] === 1 && (index.stage.data[doc] ?? 0) === stage);
          const tally = index.stageTally.of(stage);
          assert.equal(tally.size, live.length, stageName);
          for (const facet of singleFacets) {
            for (const [value] of index.facets[facet].values.entries()) {
              const count = live.filter((doc) => index.valueOf(doc, facet) === value).length;
              assert.equal(tally.counts[facet][value] ?? 0, count, `${stageName} ${facet} ${String(value)}`);
              assert.equal(live.filter((doc) => index.valueBits[facet][value]?.has(doc) === true).length, count);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
