import { foldVietnamese } from '@vn-portal/sdk/vietnamese';
import { foldedPhrase, foldedTerms, numberKey } from './text.js';

/** What the search needs of one document; everything else is read from the database per page. */
export interface IndexedDocument {
  id: string;
  stage: 'issued' | 'draft';
  agency: string;
  type: string;
  issuer: string;
  fields: readonly string[];
  status: string;
  /** `YYYY-MM-DD`. */
  issuedDate: string;
  effectiveDate?: string | undefined;
  number: string;
  /** Trích yếu, Vietnamese and English. */
  summary: readonly string[];
  /** Words shown with the summary, such as "Quyết định" and the issuer's name. */
  labels: readonly string[];
}

/** The facets of the register, each an interned value per document. */
export const facetNames = ['type', 'issuer', 'field', 'year', 'status'] as const;
export type FacetName = (typeof facetNames)[number];

/** Maps strings to small integers, so per-document values fit typed arrays and counting is indexing. */
export class Interner {
  readonly values: string[] = [];
  readonly #ids = new Map<string, number>();

  intern(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#ids.set(value, id);
    }
    return id;
  }

  /** The id of a value already seen, or -1: a filter on an unseen value matches nothing. */
  find(value: string): number {
    return this.#ids.get(value) ?? -1;
  }
}

/** An append-only column of integers; read `data` directly in hot loops, up to `length`. */
export class IntColumn {
  data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/*
 * A posting is the ordinal and the term's weight in that document packed in one small integer
 * (`ordinal * 256 + weight`): one array of small integers per term instead of two, and a term found
 * in a single document (most number spans) is a bare number with no array at all.
 */
const weightBits = 8;
const maxWeight = (1 << weightBits) - 1;
export const postingDoc = (posting: number): number => posting >>> weightBits;
export const postingWeight = (posting: number): number => posting & maxWeight;
export type Postings = number | number[];

/** How much one occurrence weighs, by where it occurs: a number match is what the user meant. */
const weightOf = { number: 8, summary: 2, labels: 1 } as const;

const dateKey = (date: string | undefined): number => (date === undefined ? 0 : Number(date.replaceAll('-', '')));

/**
 * An inverted index of the register held in memory, with per-document facet values in typed
 * columns. Documents get increasing ordinals and are never moved: a changed document is appended
 * again and its old ordinal marked dead, so posting lists stay sorted without rewriting them. The
 * owner rebuilds the index when dead ordinals pile up (see `deadShare`).
 */
export class InvertedIndex {
  readonly stages = new Interner();
  readonly agencies = new Interner();
  readonly facets: Record<FacetName, Interner> = {
    type: new Interner(),
    issuer: new Interner(),
    field: new Interner(),
    year: new Interner(),
    status: new Interner(),
  };

  readonly ids: string[] = [];
  readonly alive = new IntColumn();
  readonly stage = new IntColumn();
  readonly agency = new IntColumn();
  readonly type = new IntColumn();
  readonly issuer = new IntColumn();
  readonly year = new IntColumn();
  readonly status = new IntColumn();
  /** Fields of document `d` are `fieldValues[fieldStart[d] .. fieldStart[d + 1])`. */
  readonly fieldStart = new IntColumn();
  readonly fieldValues = new IntColumn();
  /** `YYYYMMDD` as a number, for sorting; 0 when unknown. */
  readonly issued = new IntColumn();
  readonly effective = new IntColumn();
  /** Weighted length, for BM25's length normalization. */
  readonly length = new IntColumn();
  /** Folded words of number and summary, for the phrase bonus of the final ranking. */
  readonly phrase: string[] = [];

  readonly postings = new Map<string, Postings>();
  readonly #ordinals = new Map<string, number>();
  /** Labels repeat across documents (type names, issuers): each is folded once. */
  readonly #foldedLabels = new Map<string, string>();
  #totalLength = 0;

  constructor() {
    this.fieldStart.push(0);
  }

  get size(): number {
    return this.#ordinals.size;
  }

  /** Ordinals handed out, dead ones included: the bound of every per-document loop. */
  get ordinals(): number {
    return this.ids.length;
  }

  get averageLength(): number {
    return this.size === 0 ? 1 : this.#totalLength / this.size;
  }

  /** Share of ordinals that are dead, the cost paid by every scan until a rebuild. */
  get deadShare(): number {
    return this.ids.length === 0 ? 0 : 1 - this.size / this.ids.length;
  }

  /** How many documents hold the term (dead ones included until a rebuild). */
  documentFrequency(term: string): number {
    const postings = this.postings.get(term);
    return postings === undefined ? 0 : typeof postings === 'number' ? 1 : postings.length;
  }

  /** Adds a document, replacing the one with the same id. */
  put(doc: IndexedDocument): void {
    this.remove(doc.id);
    const ordinal = this.ids.length;
    this.ids.push(doc.id);
    this.alive.push(1);
    this.stage.push(this.stages.intern(doc.stage));
    this.agency.push(this.agencies.intern(doc.agency));
    this.type.push(this.facets.type.intern(doc.type));
    this.issuer.push(this.facets.issuer.intern(doc.issuer));
    for (const field of new Set(doc.fields)) this.fieldValues.push(this.facets.field.intern(field));
    this.fieldStart.push(this.fieldValues.length);
    this.year.push(this.facets.year.intern(doc.issuedDate.slice(0, 4)));
    this.status.push(this.facets.status.intern(doc.status));
    this.issued.push(dateKey(doc.issuedDate));
    this.effective.push(dateKey(doc.effectiveDate));
    // Folding is the costliest step of indexing: once per text.
    const number = numberKey(doc.number);
    const summary = doc.summary.map(foldVietnamese);
    this.phrase.push(foldedPhrase(`${number} ${summary.join(' ')}`));

    const weights = new Map<string, number>();
    const count = (folded: string, weight: number) => {
      for (const term of foldedTerms(folded)) weights.set(term, (weights.get(term) ?? 0) + weight);
    };
    count(number, weightOf.number);
    for (const text of summary) count(text, weightOf.summary);
    for (const text of doc.labels) {
      let folded = this.#foldedLabels.get(text);
      if (folded === undefined) {
        folded = foldVietnamese(text);
        this.#foldedLabels.set(text, folded);
      }
      count(folded, weightOf.labels);
    }

    let length = 0;
    for (const [term, weight] of weights) {
      const posting = ordinal * (maxWeight + 1) + Math.min(weight, maxWeight);
      const postings = this.postings.get(term);
      if (postings === undefined) this.postings.set(term, posting);
      else if (typeof postings === 'number') this.postings.set(term, [postings, posting]);
      else postings.push(posting);
      length += weight;
    }
    this.length.push(length);
    this.#totalLength += length;
    this.#ordinals.set(doc.id, ordinal);
  }

  remove(id: string): void {
    const ordinal = this.#ordinals.get(id);
    if (ordinal === undefined) return;
    this.alive.data[ordinal] = 0;
    this.#totalLength -= this.length.data[ordinal] ?? 0;
    this.#ordinals.delete(id);
  }
}
