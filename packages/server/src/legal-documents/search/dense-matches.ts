import { lengthNorm, termScore } from './bm25.js';
import { bitCount, lowestBit } from './bitset.js';
import { facetNames, row, rowWidth, singleFacets, textWeight, type DenseTerm, type FacetName, type InvertedIndex, type TallyEntry } from './inverted-index.js';
import { countDocument, emptyCounts, facetBit, allFacets, type FacetColumns, type FacetCounts, type MatchPlan } from './match-plan.js';

/*
 * Word buffers reused by every search (a search runs to its end without yielding), by slot: the
 * matches, the unions of the filters' values (slots 1 to 5), the hits, the set a filtered facet
 * is counted over, all ones and all zeros. The loops below read only these and the index's own words,
 * always Int32Arrays, so that each is compiled for one kind of array.
 */
const buffers: Int32Array[] = [];
const matchedSlot = 0;
const hitSlot = 6;
const groupSlot = 7;
const onesSlot = 8;
const zerosSlot = 9;

function scratch(slot: number, words: number): Int32Array {
  let buffer = buffers[slot];
  if (buffer === undefined || buffer.length < words) {
    buffer = new Int32Array(words * 2);
    if (slot === onesSlot) buffer.fill(-1);
    buffers[slot] = buffer;
  }
  return buffer;
}

/** `into &= other`, a word at a time. */
function intersect(into: Int32Array, other: Int32Array, words: number): void {
  for (let word = 0; word < words; word++) into[word] = (into[word] ?? 0) & (other[word] ?? 0);
}

/** A set whose facet counts are kept: the stage's words intersected with `words`, and its tally. */
interface Base {
  tally: TallyEntry;
  /** All ones for the whole stage. */
  words: Int32Array;
}

interface Filter {
  facet: FacetName;
  /** The documents passing the filter. */
  words: Int32Array;
  /**
   * Those documents within the stage as a base, when their tally is the sum of the chosen values'
   * tallies: always for a facet with one value per document, for fields only when one is chosen
   * (a document may hold two).
   */
  base: Base | undefined;
}

function sumOfTallies(entries: readonly TallyEntry[]): TallyEntry {
  const [only] = entries;
  if (entries.length === 1 && only) return only;
  const sum: TallyEntry = { size: 0, counts: { type: [], issuer: [], field: [], year: [], status: [] } };
  for (const entry of entries) {
    sum.size += entry.size;
    for (const facet of facetNames) entry.counts[facet].forEach((count, value) => (sum.counts[facet][value] = (sum.counts[facet][value] ?? 0) + count));
  }
  return sum;
}

function filterOf(index: InvertedIndex, stage: number, facet: FacetName, table: Uint8Array, words: number, slot: number): Filter {
  // Values never seen have no bitset: they add nothing.
  const chosen = [...table.keys()].filter((value) => table[value] === 1 && index.valueBits[facet][value] !== undefined);
  const sets = chosen.flatMap((value) => index.valueBits[facet][value] ?? []);
  const [only] = sets;
  let union: Int32Array;
  if (sets.length === 1 && only) union = only.reserve(words);
  else {
    union = scratch(slot, words).fill(0, 0, words);
    for (const set of sets) {
      const values = set.reserve(words);
      for (let word = 0; word < words; word++) union[word] = (union[word] ?? 0) | (values[word] ?? 0);
    }
  }
  const additive = facet !== 'field' || chosen.length <= 1;
  const tallies = chosen.flatMap((value) => index.valueTallies[facet][value]?.of(stage) ?? []);
  return { facet, words: union, base: additive ? { tally: sumOfTallies(tallies), words: union } : undefined };
}

/** The matches passing `filters`, as words: the matches themselves without any. */
function passing(matched: Int32Array, filters: readonly Filter[], words: number, slot: number): Int32Array {
  if (filters.length === 0) return matched;
  const set = scratch(slot, words);
  set.set(matched.subarray(0, words));
  for (const filter of filters) intersect(set, filter.words, words);
  return set;
}

/**
 * Adds one document to `counts` in the facets of `mask`: an increment by its row when `offset`
 * names the column of the one facet counted (one value per document, as most facets counted over
 * large sets are), otherwise `countDocument`.
 */
function countOne(columns: FacetColumns, counts: FacetCounts, mask: number, offset: number, target: Int32Array | undefined, doc: number): void {
  if (target) {
    const value = columns.rows[doc * rowWidth + offset] ?? 0;
    target[value] = (target[value] ?? 0) + 1;
  } else countDocument(columns, counts, doc, mask);
}

/** For one facet with one value per document: its column in a row and its counts. */
function singleOf(counts: FacetCounts, mask: number): [number, Int32Array | undefined] {
  const single = singleFacets.find((facet) => facetBit[facet] === mask);
  return single === undefined ? [0, undefined] : [row[single], counts[single]];
}

/** Counts the documents of `set & extra & ~minus` in the facets of `mask`. */
function countBits(columns: FacetColumns, counts: FacetCounts, mask: number, words: number, set: Int32Array, extra: Int32Array, minus: Int32Array): void {
  const [offset, target] = singleOf(counts, mask);
  for (let word = 0; word < words; word++) {
    for (let bits = (set[word] ?? 0) & (extra[word] ?? 0) & ~(minus[word] ?? 0); bits !== 0; bits &= bits - 1) {
      countOne(columns, counts, mask, offset, target, (word << 5) | lowestBit(bits));
    }
  }
}

/** Counts the listed documents in the facets of `mask`. */
function countList(columns: FacetColumns, counts: FacetCounts, mask: number, list: Int32Array): void {
  const [offset, target] = singleOf(counts, mask);
  for (let position = 0; position < list.length; position++) countOne(columns, counts, mask, offset, target, list[position] ?? 0);
}

function subtract(counts: FacetCounts, tally: TallyEntry, missing: FacetCounts, mask: number): void {
  for (const facet of facetNames) {
    if ((mask & facetBit[facet]) === 0) continue;
    const kept = tally.counts[facet];
    const target = counts[facet];
    for (let value = 0; value < target.length; value++) target[value] = (kept[value] ?? 0) - (missing[facet][value] ?? 0);
  }
}

interface Group {
  /** The facets counted over this set. */
  mask: number;
  filters: readonly Filter[];
  /** The set's words and size, and its documents when they are listed (the hits). */
  set: Int32Array;
  size: number;
  list: Int32Array | undefined;
}

/**
 * Counts the facets of `group.mask` over the matches passing the group's filters: directly, a
 * visit per document, or by subtraction from the smallest base holding them (every base holds
 * every match, a filter's base every document passing it), a visit per document of the base that
 * is not in the set, whichever visits fewer.
 */
function countGroup(plan: MatchPlan, stageWords: Int32Array, words: number, bases: readonly Base[], group: Group): void {
  let best: Base | undefined;
  for (const base of [...bases, ...group.filters.flatMap((filter) => filter.base ?? [])]) if (!best || base.tally.size < best.tally.size) best = base;
  if (!best || best.tally.size - group.size >= group.size) {
    if (group.list) countList(plan.columns, plan.counts, group.mask, group.list);
    else countBits(plan.columns, plan.counts, group.mask, words, group.set, scratch(onesSlot, words), scratch(zerosSlot, words));
    return;
  }
  const missing = emptyCounts(plan.index);
  countBits(plan.columns, missing, group.mask, words, stageWords, best.words, group.set);
  subtract(plan.counts, best.tally, missing, group.mask);
}

function sizeOf(set: Int32Array, words: number): number {
  let size = 0;
  for (let word = 0; word < words; word++) size += bitCount(set[word] ?? 0);
  return size;
}

/**
 * Matches a search whose terms are all frequent, or that has none: the stage, agency and terms
 * intersected a word (32 documents) at a time over the whole register, then only the bits each
 * facet needs visited, or its count taken by subtraction from a kept tally (see `countGroup`):
 * for frequent words that go together, or a filter on a common value, most of the work becomes
 * a difference of counts kept as documents come and go. Answers how many hits it wrote to
 * `plan.hits`. `dense` holds the dense form of each of the plan's terms, in their order.
 */
export function denseMatches(plan: MatchPlan, dense: readonly DenseTerm[]): number {
  const { index, hits } = plan;
  const words = (index.ordinals + 31) >>> 5;
  const stageWords = index.stageBits[plan.stage]?.reserve(words);
  const agencyWords = plan.agency === undefined ? undefined : index.agencyBits[plan.agency]?.reserve(words);
  if (!stageWords || (plan.agency !== undefined && !agencyWords)) return 0;

  const filters = facetNames.flatMap((facet, at) => {
    const table = plan.accept[facet];
    return table ? [filterOf(index, plan.stage, facet, table, words, at + 1)] : [];
  });

  // One pass over the register: the matches, how many, and the hits, as words and as a list.
  const matched = scratch(matchedSlot, words);
  const hitWords = scratch(hitSlot, words);
  const within = agencyWords ?? scratch(onesSlot, words);
  const termWords = dense.map((term) => term.bits.reserve(words));
  const filterWords = filters.map((filter) => filter.words);
  let matchCount = 0;
  let hitCount = 0;
  for (let word = 0; word < words; word++) {
    let bits = (stageWords[word] ?? 0) & (within[word] ?? 0);
    // Indexed loops over lists that may be empty: an empty list never reads an element, so its
    // different array layout never sends the compiled code back to the interpreter.
    for (let at = 0; at < termWords.length; at++) bits &= termWords[at]?.[word] ?? 0;
    matched[word] = bits;
    matchCount += bitCount(bits);
    for (let at = 0; at < filterWords.length; at++) bits &= filterWords[at]?.[word] ?? 0;
    hitWords[word] = bits;
    for (; bits !== 0; bits &= bits - 1) hits[hitCount++] = (word << 5) | lowestBit(bits);
  }

  // Every match is in the stage, in the agency asked for and in each term's documents.
  const bases: Base[] = [{ tally: index.stageTally.of(plan.stage), words: scratch(onesSlot, words) }];
  const agencyTally = plan.agency === undefined ? undefined : index.agencyTallies[plan.agency]?.of(plan.stage);
  if (agencyTally && agencyWords) bases.push({ tally: agencyTally, words: agencyWords });
  for (let at = 0; at < dense.length; at++) {
    const term = dense[at];
    if (term) bases.push({ tally: term.tally.of(plan.stage), words: term.bits.words });
  }

  // Facets without a filter over the hits; each filtered one over the matches passing the others.
  const unfiltered = filters.reduce((mask, filter) => mask & ~facetBit[filter.facet], allFacets);
  if (unfiltered !== 0) countGroup(plan, stageWords, words, bases, { mask: unfiltered, filters, set: hitWords, size: hitCount, list: hits.subarray(0, hitCount) });
  for (const filter of filters) {
    if ((plan.known & facetBit[filter.facet]) !== 0) continue;
    const others = filters.filter((other) => other !== filter);
    const set = passing(matched, others, words, groupSlot);
    const size = others.length === 0 ? matchCount : sizeOf(set, words);
    countGroup(plan, stageWords, words, bases, { mask: facetBit[filter.facet], filters: others, set, size, list: undefined });
  }

  if (plan.scored) scoreHits(plan, dense, hitCount);
  return hitCount;
}

/** BM25 of each hit, by position, each term's weight read by ordinal. */
function scoreHits(plan: MatchPlan, dense: readonly DenseTerm[], hitCount: number): void {
  const { index, terms, hits, scores, inText } = plan;
  // Plain arrays per term, so that the loop sees one object layout (see `DenseTerm`).
  const idf = terms.map((term) => term.idf);
  const weights = dense.map((term) => term.weights);
  const average = index.averageLength;
  const rows = index.rows.data;
  for (let position = 0; position < hitCount; position++) {
    const doc = hits[position] ?? 0;
    const norm = lengthNorm(rows[doc * rowWidth + row.length] ?? 0, average);
    // 0 + x is x exactly: the same sum, in the same order, as the posting walk's.
    let score = 0;
    let text = 1;
    for (let at = 0; at < idf.length; at++) {
      const weight = weights[at]?.[doc] ?? 0;
      score += termScore(idf[at] ?? 0, weight, norm);
      if (weight < textWeight) text = 0;
    }
    scores[position] = score;
    inText[position] = text;
  }
}
