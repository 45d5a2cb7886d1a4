/*
 * BM25, in the one order of operations every path uses: a score is the same float whichever way
 * its document was found, so that orderings (and ties) never depend on the path.
 */

// BM25's usual constants: term frequency saturates around k1, length normalization by b.
const k1 = 1.2;
const b = 0.75;

export const inverseDocumentFrequency = (documents: number, holding: number): number => Math.log(1 + (documents - holding + 0.5) / (holding + 0.5));

/** The length normalization of a document, shared by all of its terms. */
export const lengthNorm = (length: number, averageLength: number): number => k1 * (1 - b + (b * length) / averageLength);

/** One term's part of a document's score; a document's score is these parts summed, rarest term first. */
export const termScore = (idf: number, weight: number, norm: number): number => (idf * weight * (k1 + 1)) / (weight + norm);
