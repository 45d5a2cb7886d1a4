import type { InvertedIndex } from './inverted-index.js';

/**
 * Edits a folded word may be corrected by, as Meilisearch and Typesense allow by default: none
 * below 4 letters (too many short words are one edit apart), one up to 7, two from 8. Never for
 * numbers or number pieces: a wrong digit names another document.
 */
export function allowedEdits(term: string): number {
  if (!/^[a-z]+$/.test(term)) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * Optimal string alignment distance (Levenshtein with transpositions of neighbours, the commonest
 * typing slip), or `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let before = new Int32Array(right.length + 1);
  let previous = Int32Array.from({ length: right.length + 1 }, (_, at) => at);
  let current = new Int32Array(right.length + 1);
  for (let row = 1; row <= left.length; row++) {
    current[0] = row;
    let best = row;
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) value = Math.min(value, (before[column - 2] ?? 0) + 1);
      current[column] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[right.length] ?? limit + 1;
}

/** How many corrections of one word are tried: the likeliest, by distance and then by how common they are. */
const maxCorrections = 6;

/**
 * Words of the index a term may have been meant as: those within its allowed edits (see
 * `allowedEdits`), nearest first, then the most common. A linear pass over the vocabulary, run only
 * when the query as typed finds nothing.
 */
export function correctionsOf(index: InvertedIndex, term: string): string[] {
  const limit = allowedEdits(term);
  if (limit === 0) return [];
  const found: { word: string; distance: number; frequency: number }[] = [];
  for (const word of index.vocabulary) {
    if (word === term || Math.abs(word.length - term.length) > limit) continue;
    const distance = editDistance(term, word, limit);
    if (distance <= limit) found.push({ word, distance, frequency: index.documentFrequency(word) });
  }
  found.sort((left, right) => left.distance - right.distance || right.frequency - left.frequency || left.word.localeCompare(right.word));
  return found.slice(0, maxCorrections).map((entry) => entry.word);
}
