import { facetNames, type InvertedIndex } from './inverted-index.js';
import { runSearch, type SearchHits, type SearchRequest } from './query.js';
import { correctionsOf } from './typos.js';

export interface LenientHits {
  hits: SearchHits;
  /** `most` when no document holds every word and the hits are the closest (see `SearchRequest.match`). */
  match: 'all' | 'most';
  /** The query with its typos corrected, as the first hit reads it, when a correction found the hits. */
  didYouMean: string | undefined;
}

/**
 * The query's words as the best hit holds them: each term as typed if the hit holds it, else the
 * most common of its corrections the hit holds. `undefined` when no word changes.
 */
function correctedQuery(index: InvertedIndex, request: SearchRequest, corrections: ReadonlyMap<string, readonly string[]>, hits: SearchHits): string | undefined {
  const [best] = hits.ids;
  const ordinal = best === undefined ? -1 : index.ordinalOf(best);
  if (ordinal < 0) return undefined;
  const words = request.terms.map((term) => {
    if (index.holds(ordinal, term)) return term;
    const byFrequency = [...(corrections.get(term) ?? [])].sort((left, right) => index.documentFrequency(right) - index.documentFrequency(left));
    return byFrequency.find((word) => index.holds(ordinal, word)) ?? term;
  });
  return words.some((word, at) => word !== request.terms[at]) ? words.join(' ') : undefined;
}

/**
 * Whether the search is narrowed by a filter: then its words are what the visitor meant, and the
 * filters are what to change when nothing is found; nothing is corrected or loosened.
 */
function filtered(request: SearchRequest): boolean {
  return facetNames.some((facet) => request.filters[facet].length > 0);
}

/**
 * A search that answers something when something is close: the query as typed first, every word
 * required; when nothing has them all, its words with their typos corrected (see `correctionsOf`);
 * when still nothing, the documents holding most of the words, best coordinated first. The exact
 * search costs what it always did: the others run only when it finds nothing, and not under
 * filters (see `filtered`).
 */
export function searchLeniently(index: InvertedIndex, request: SearchRequest): LenientHits {
  const exact = runSearch(index, request);
  if (exact.total > 0 || request.terms.length === 0 || filtered(request)) return { hits: exact, match: 'all', didYouMean: undefined };
  const corrections = new Map(request.terms.flatMap((term) => {
    const words = correctionsOf(index, term);
    return words.length > 0 ? [[term, words] as const] : [];
  }));
  const corrected = corrections.size > 0 ? { ...request, corrections } : request;
  if (corrections.size > 0) {
    const hits = runSearch(index, corrected);
    if (hits.total > 0) return { hits, match: 'all', didYouMean: correctedQuery(index, request, corrections, hits) };
  }
  if (request.terms.length < 2) return { hits: exact, match: 'all', didYouMean: undefined };
  const hits = runSearch(index, { ...corrected, match: 'most' });
  if (hits.total === 0) return { hits: exact, match: 'all', didYouMean: undefined };
  return { hits, match: 'most', didYouMean: correctedQuery(index, request, corrections, hits) };
}
