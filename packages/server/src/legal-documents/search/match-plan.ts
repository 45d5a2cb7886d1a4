import { row, rowWidth, type DenseTerm, type FacetName, type InvertedIndex } from './inverted-index.js';

/** Counts by interned value, one array per facet. */
export type FacetCounts = Record<FacetName, Int32Array>;

/** A filter as a lookup table by interned value; `undefined` when the facet is not filtered. */
export type AcceptTables = Record<FacetName, Uint8Array | undefined>;

/** Facets as bits of a mask, in `facetNames` order: one test per facet in the hot loops. */
export const facetBit: Record<FacetName, number> = { type: 1, issuer: 2, field: 4, year: 8, status: 16 };
export const allFacets = 31;

export interface QueryTerm {
  postings: readonly number[];
  /** Set when the term is frequent enough to have one (see `InvertedIndex.dense`). */
  dense: DenseTerm | undefined;
  idf: number;
}

/** What counting reads of each document; fetched once per search, as arrays are replaced when they grow. */
export interface FacetColumns {
  /** See `InvertedIndex.rows`. */
  rows: Int32Array;
  fieldValues: Int32Array;
}

/**
 * One search as both ways of matching (walking posting lists, or words over the whole register)
 * take it, and the buffers they fill: the same hits, scores and counts either way.
 */
export interface MatchPlan {
  index: InvertedIndex;
  /** Interned stage and agency, both known to the index. */
  stage: number;
  agency: number | undefined;
  /** Query terms, rarest first: the order their parts of a score are summed in. */
  terms: readonly QueryTerm[];
  accept: AcceptTables;
  /** Whether hits need their BM25 score (relevance order). */
  scored: boolean;
  /**
   * Set when a document need hold only `needed` of the query's `terms` (`terms` above holds those
   * found in the index): its score is then multiplied by the share it holds, the coordination
   * factor, so that documents holding more of the words come first.
   */
  coordination: { terms: number; needed: number } | undefined;
  columns: FacetColumns;
  counts: FacetCounts;
  /** Facets (as a mask of `facetBit`) whose counts `counts` already holds, remembered from an earlier search: not counted again. */
  known: number;
  /** Filled with the ordinals of the hits, ascending. */
  hits: Int32Array;
  /**
   * Filled, by position in `hits` (small and read in order, where arrays by ordinal would be large
   * and read at random), when `scored`: each hit's score, and 1 for hits whose terms all weigh at
   * least `textWeight` (the others have a term in their labels only, so the query cannot be a
   * phrase of their text).
   */
  scores: Float64Array;
  inText: Uint8Array;
}

export function facetColumns(index: InvertedIndex): FacetColumns {
  return { rows: index.rows.data, fieldValues: index.fieldValues.data };
}

export function emptyCounts(index: InvertedIndex): FacetCounts {
  return {
    type: new Int32Array(index.facets.type.values.length),
    issuer: new Int32Array(index.facets.issuer.values.length),
    field: new Int32Array(index.facets.field.values.length),
    year: new Int32Array(index.facets.year.values.length),
    status: new Int32Array(index.facets.status.values.length),
  };
}

function bump(counts: Int32Array, value: number | undefined): void {
  const at = value ?? 0;
  counts[at] = (counts[at] ?? 0) + 1;
}

/** Counts one document in the facets of `mask`. */
export function countDocument(columns: FacetColumns, counts: FacetCounts, doc: number, mask: number): void {
  const { rows, fieldValues } = columns;
  const at = doc * rowWidth;
  if ((mask & 1) !== 0) bump(counts.type, rows[at + row.type]);
  if ((mask & 2) !== 0) bump(counts.issuer, rows[at + row.issuer]);
  if ((mask & 4) !== 0) {
    const to = rows[at + row.fieldsTo] ?? 0;
    for (let field = rows[at + row.fieldsFrom] ?? 0; field < to; field++) bump(counts.field, fieldValues[field]);
  }
  if ((mask & 8) !== 0) bump(counts.year, rows[at + row.year]);
  if ((mask & 16) !== 0) bump(counts.status, rows[at + row.status]);
}
