import { lengthNorm, termScore } from './bm25.js';
import { postingDoc, postingWeight, row, rowWidth, textWeight } from './inverted-index.js';
import { allFacets, countDocument, facetBit, type MatchPlan } from './match-plan.js';

/** Candidates of the posting walk with their scores, reused by every search (a search runs to its end without yielding). */
let candidateBuffer = new Int32Array(1024);
let candidateScores = new Float64Array(1024);
let candidateInText = new Uint8Array(1024);

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
 * Writes every live document holding every term to `into`, with its BM25 score and whether the
 * query may be a phrase of its text (see `MatchPlan.inText`) at the same positions, and answers
 * how many there are. Walks the rarest posting list and looks the document up in the others (a
 * byte read for a dense term, a seek otherwise), so the cost follows the rarest term.
 */
function collect(plan: MatchPlan, into: Int32Array, scores: Float64Array, inText: Uint8Array): number {
  const { index, terms } = plan;
  const average = index.averageLength;
  const alive = index.alive.data;
  const rows = index.rows.data;
  const [lead, ...others] = terms;
  if (!lead) return 0;
  const cursors = new Int32Array(others.length);
  // Plain arrays per term, so that the loop sees one object layout (see `DenseTerm`).
  const lists = others.map((term) => term.postings);
  const idf = others.map((term) => term.idf);
  const none = new Uint8Array(0);
  const weights = others.map((term) => term.dense?.weights ?? none);
  let count = 0;

  // The hot loop of a search by rare words: no closures or allocations per document.
  outer: for (const posting of lead.postings) {
    const doc = postingDoc(posting);
    if (alive[doc] === 0) continue;
    const norm = lengthNorm(rows[doc * rowWidth + row.length] ?? 0, average);
    let score = termScore(lead.idf, postingWeight(posting), norm);
    let text = postingWeight(posting) < textWeight ? 0 : 1;
    for (let at = 0; at < lists.length; at++) {
      const byOrdinal = weights[at] ?? none;
      let weight: number;
      if (byOrdinal.length > 0) {
        weight = byOrdinal[doc] ?? 0;
        if (weight === 0) continue outer;
      } else {
        const list = lists[at] ?? [];
        const cursor = seek(list, cursors[at] ?? 0, doc);
        cursors[at] = cursor;
        const found = list[cursor] ?? -1;
        if (found < 0 || postingDoc(found) !== doc) continue outer;
        weight = postingWeight(found);
      }
      score += termScore(idf[at] ?? 0, weight, norm);
      if (weight < textWeight) text = 0;
    }
    into[count] = doc;
    scores[count] = score;
    inText[count] = text;
    count++;
  }
  return count;
}

/** Per ordinal, for the walk of `collectMost`: how many terms a document holds, and its score so far; zero again after each walk. */
let heldCounts = new Uint8Array(1024);
let heldScores = new Float64Array(1024);

/**
 * Like `collect`, for a search where a document need hold only most of the terms (see
 * `MatchPlan.coordination`): walks every term's postings, and keeps the documents holding enough
 * of them, scored by BM25 times the share of the query's terms they hold, in ordinal order.
 */
function collectMost(plan: MatchPlan, into: Int32Array, scores: Float64Array, inText: Uint8Array): number {
  const { index, terms, coordination } = plan;
  const total = coordination?.terms ?? terms.length;
  const needed = coordination?.needed ?? terms.length;
  if (heldCounts.length < index.ordinals) {
    heldCounts = new Uint8Array(index.ordinals * 2);
    heldScores = new Float64Array(index.ordinals * 2);
  }
  const average = index.averageLength;
  const alive = index.alive.data;
  const rows = index.rows.data;
  const touched: number[] = [];
  for (const term of terms) {
    for (const posting of term.postings) {
      const doc = postingDoc(posting);
      if (alive[doc] === 0) continue;
      if (heldCounts[doc] === 0) touched.push(doc);
      heldCounts[doc] = (heldCounts[doc] ?? 0) + 1;
      const norm = lengthNorm(rows[doc * rowWidth + row.length] ?? 0, average);
      heldScores[doc] = (heldScores[doc] ?? 0) + termScore(term.idf, postingWeight(posting), norm);
    }
  }
  touched.sort((left, right) => left - right);
  let count = 0;
  for (const doc of touched) {
    const held = heldCounts[doc] ?? 0;
    if (held >= needed) {
      into[count] = doc;
      scores[count] = (heldScores[doc] ?? 0) * (held / total);
      // Some words are missing: the query is no phrase of the text.
      inText[count] = 0;
      count++;
    }
    heldCounts[doc] = 0;
    heldScores[doc] = 0;
  }
  return count;
}

/**
 * Matches a search whose rarest term is rare: walks its posting list, then counts facets over the
 * matches of the stage and agency, each facet over the documents passing every *other* filter, in
 * one pass, since a document failing exactly one filter counts only in that filter's facet.
 * Answers how many hits it wrote to `plan.hits`.
 */
export function listMatches(plan: MatchPlan): number {
  const { index, accept, columns, counts, hits, scores, inText } = plan;
  if (candidateBuffer.length < index.ordinals) {
    candidateBuffer = new Int32Array(index.ordinals * 2);
    candidateScores = new Float64Array(index.ordinals * 2);
    candidateInText = new Uint8Array(index.ordinals * 2);
  }
  const candidates = candidateBuffer;
  const candidateCount = (plan.coordination ? collectMost : collect)(plan, candidates, candidateScores, candidateInText);
  const stage = index.stage.data;
  const agency = index.agency.data;
  const { rows, fieldValues } = columns;
  const filtered = Object.values(accept).some((table) => table !== undefined);
  let hitCount = 0;
  for (let position = 0; position < candidateCount; position++) {
    const doc = candidates[position] ?? 0;
    const at = doc * rowWidth;
    if (stage[doc] !== plan.stage || (plan.agency !== undefined && agency[doc] !== plan.agency)) continue;
    let failed = 0;
    if (filtered) {
      if (accept.type && accept.type[rows[at + row.type] ?? 0] !== 1) failed |= facetBit.type;
      if (accept.issuer && accept.issuer[rows[at + row.issuer] ?? 0] !== 1) failed |= facetBit.issuer;
      if (accept.field) {
        let any = false;
        const to = rows[at + row.fieldsTo] ?? 0;
        for (let field = rows[at + row.fieldsFrom] ?? 0; field < to && !any; field++) any = accept.field[fieldValues[field] ?? 0] === 1;
        if (!any) failed |= facetBit.field;
      }
      if (accept.year && accept.year[rows[at + row.year] ?? 0] !== 1) failed |= facetBit.year;
      if (accept.status && accept.status[rows[at + row.status] ?? 0] !== 1) failed |= facetBit.status;
      // Failing two filters or more, the document counts nowhere.
      if ((failed & (failed - 1)) !== 0) continue;
    }
    // A hit counts in every facet; a document failing one filter only in that filter's facet.
    countDocument(columns, counts, doc, (failed === 0 ? allFacets : failed) & ~plan.known);
    if (failed === 0) {
      hits[hitCount] = doc;
      scores[hitCount] = candidateScores[position] ?? 0;
      inText[hitCount] = candidateInText[position] ?? 0;
      hitCount++;
    }
  }
  return hitCount;
}
