import { foldVietnamese, replaceLookAlikes } from '@vn-portal/sdk/vietnamese';
import { Bitset } from './bitset.js';
import { Replacements } from './replacements.js';
import { foldedTerms, numberKey, phraseWords } from './text.js';

/** What the search needs of one document; everything else is read from the database per page. */
export interface IndexedDocument {
  id: string;
  stage: 'issued' | 'draft' | 'withdrawn' | 'unpublished';
  agency: string;
  type: string;
  issuer: string;
  fields: readonly string[];
  status: string;
  /** `YYYY-MM-DD`. */
  issuedDate: string;
  effectiveDate?: string | undefined;
  number: string;
  /**
   * The documents it replaces, amends, guides…: a search by one's number finds this one after the
   * document bearing it, and a document it replaces ranks below the documents in force.
   */
  relations?: readonly { kind: string; number: string }[] | undefined;
  /** Trích yếu, Vietnamese and English. */
  summary: readonly string[];
  /** Words shown with the summary, such as "Quyết định" and the issuer's name. */
  labels: readonly string[];
}

/** The facets of the register, each an interned value per document. */
export const facetNames = ['type', 'issuer', 'field', 'year', 'status'] as const;
export type FacetName = (typeof facetNames)[number];
/** The facets with exactly one value per document; a document has any number of fields. */
export type SingleFacetName = Exclude<FacetName, 'field'>;
export const singleFacets: readonly SingleFacetName[] = ['type', 'issuer', 'year', 'status'];

/**
 * A document's row (see `InvertedIndex.rows`): its interned facet values, where its fields are,
 * its weighted length (BM25's length normalization) and its issue date as `YYYYMMDD` (0 unknown).
 */
const rowColumns = ['type', 'issuer', 'year', 'status', 'fieldsFrom', 'fieldsTo', 'length', 'issued'] as const;
export const rowWidth = rowColumns.length;
export const row = Object.fromEntries(rowColumns.map((column, at) => [column, at])) as Record<(typeof rowColumns)[number], number>;

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

export interface TallyEntry {
  size: number;
  /** By facet, then interned value. */
  counts: Record<FacetName, number[]>;
}

/**
 * Live documents of a set (a stage, an agency, a frequent term), per stage: how many, and how many
 * hold each facet value. Facet counts over most of such a set are its tally minus what the rest
 * holds (see query.ts), so they are kept exact as documents come and go.
 */
export class Tally {
  readonly #stages: TallyEntry[] = [];

  /** The tally of one stage, created empty on first use. */
  of(stage: number): TallyEntry {
    let entry = this.#stages[stage];
    if (entry === undefined) {
      entry = { size: 0, counts: { type: [], issuer: [], field: [], year: [], status: [] } };
      this.#stages[stage] = entry;
    }
    return entry;
  }
}

/**
 * A frequent term in the form whole-register queries use: its documents as a bitset, intersected
 * 32 documents at a time, and its weight in each by ordinal (0 where absent), so that a hit's
 * weight is a byte read from an array a quarter the size of the posting list.
 *
 * Hot loops take `bits.words` and `weights` out of their term first: terms made dense at different
 * times can have different object layouts, and a loop seeing several is no longer compiled for one.
 */
export class DenseTerm {
  /** Every ordinal of the posting list, dead ones included. */
  readonly bits = new Bitset();
  readonly tally = new Tally();
  weights = new Uint8Array(1024);

  add(ordinal: number, weight: number): void {
    if (ordinal >= this.weights.length) {
      const grown = new Uint8Array(Math.max(this.weights.length * 2, ordinal + 1));
      grown.set(this.weights);
      this.weights = grown;
    }
    this.weights[ordinal] = weight;
    this.bits.add(ordinal);
  }
}

export interface InvertedIndexOptions {
  /**
   * Share of the ordinals a term must be in to get a dense form (see `DenseTerm`): below it,
   * walking the posting list is cheaper than words over the whole register. Tests lower it to
   * run the dense path on a few documents.
   */
  denseShare?: number;
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

/**
 * How much one occurrence weighs, by where it occurs: a number match is what the user meant; a
 * number a document only names among its relations ranks it well after the document bearing it.
 */
const weightOf = { number: 8, summary: 2, labels: 1, relation: 1 } as const;
/** A term weighs this much or more in a document only in the document's own number. */
export const numberWeight = weightOf.number;

/** Below this weight a term occurs in a document's labels only, never in its number or summary. */
export const textWeight = Math.min(weightOf.number, weightOf.summary);

const lettersOnly = /^[a-z]{3,}$/;

const dateKey = (date: string | undefined): number => (date === undefined ? 0 : Number(date.replaceAll('-', '')));

/**
 * An inverted index of the register held in memory, with per-document facet values in typed
 * columns. Documents get increasing ordinals and are never moved: a changed document is appended
 * again and its old ordinal marked dead, so posting lists stay sorted without rewriting them. The
 * owner rebuilds the index when dead ordinals pile up (see `deadShare`).
 *
 * Beside the columns, each stage, agency and facet value has a bitset of its live documents, and
 * stages and agencies a `Tally`: what queries over much of the register intersect and subtract
 * instead of visiting every document.
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
  readonly replacements = new Replacements((key) => this.#bearersOf(key));
  readonly stage = new IntColumn();
  readonly agency = new IntColumn();
  /**
   * What counting, scoring and ordering read of a hit, side by side in `rowWidth` integers (see
   * `row`): one cache line per document visited, where a column per value would be eight. Rows are
   * read at random across the register, and after the rest of a request has been through the CPU
   * caches, each line read is a wait on memory.
   */
  readonly rows = new IntColumn();
  /** Field ids, for each document from its row's `fieldsFrom` to `fieldsTo`. */
  readonly fieldValues = new IntColumn();
  /** `YYYYMMDD` as a number, for sorting; 0 when unknown (the issue date is in the row). */
  readonly effective = new IntColumn();
  /**
   * Words of number and summary, for the phrase bonus of the final ranking: those of document `d`
   * are `phraseValues[phraseStart[d] .. phraseStart[d + 1])`, interned in `phraseWords`.
   */
  readonly phraseWords = new Interner();
  readonly phraseStart = new IntColumn();
  readonly phraseValues = new IntColumn();

  readonly postings = new Map<string, Postings>();
  /** Terms that are words of letters only, in the order first seen: what typos are corrected to. */
  readonly vocabulary: string[] = [];
  /** Live documents by stage, by agency and by facet value, each indexed by interned id. */
  readonly stageBits: Bitset[] = [];
  readonly agencyBits: Bitset[] = [];
  readonly valueBits: Record<FacetName, Bitset[]> = { type: [], issuer: [], field: [], year: [], status: [] };
  /** Every live document of a stage, of an agency and with a facet value, counted by facet value. */
  readonly stageTally = new Tally();
  readonly agencyTallies: Tally[] = [];
  readonly valueTallies: Record<FacetName, Tally[]> = { type: [], issuer: [], field: [], year: [], status: [] };

  readonly #denseShare: number;
  readonly #dense = new Map<string, DenseTerm>();
  readonly #ordinals = new Map<string, number>();
  /** Labels repeat across documents (type names, issuers): each is folded once. */
  readonly #foldedLabels = new Map<string, string>();
  #totalLength = 0;

  constructor(options: InvertedIndexOptions = {}) {
    this.#denseShare = options.denseShare ?? 1 / 64;
    this.phraseStart.push(0);
  }

  /** One interned value of a document's row. */
  valueOf(ordinal: number, column: keyof typeof row): number {
    return this.rows.data[ordinal * rowWidth + row[column]] ?? 0;
  }

  /** A document's field ids. */
  fieldsOf(ordinal: number): Int32Array {
    return this.fieldValues.data.subarray(this.valueOf(ordinal, 'fieldsFrom'), this.valueOf(ordinal, 'fieldsTo'));
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

  /** The ordinal of a live document, or -1. */
  ordinalOf(id: string): number {
    return this.#ordinals.get(id) ?? -1;
  }

  /** Whether a document is among a term's postings. */
  holds(ordinal: number, term: string): boolean {
    const postings = this.postings.get(term);
    if (postings === undefined) return false;
    if (typeof postings === 'number') return postingDoc(postings) === ordinal;
    let low = 0;
    let high = postings.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (postingDoc(postings[middle] ?? 0) < ordinal) low = middle + 1;
      else high = middle;
    }
    const found = postings[low];
    return found !== undefined && postingDoc(found) === ordinal;
  }

  /**
   * Whether the number and summary of a document hold `words` (interned in `phraseWords`) one after
   * the other: the phrase bonus's test, on integers.
   */
  hasPhrase(ordinal: number, words: Int32Array): boolean {
    const values = this.phraseValues.data;
    const last = (this.phraseStart.data[ordinal + 1] ?? 0) - words.length;
    outer: for (let at = this.phraseStart.data[ordinal] ?? 0; at <= last; at++) {
      for (let offset = 0; offset < words.length; offset++) if (values[at + offset] !== words[offset]) continue outer;
      return true;
    }
    return false;
  }

  /**
   * The dense form of a term held by enough documents, built on first use and kept up to date from
   * then on; `undefined` for rarer terms, whose posting lists are walked instead.
   */
  dense(term: string): DenseTerm | undefined {
    const existing = this.#dense.get(term);
    if (existing) return existing;
    const postings = this.postings.get(term);
    if (!Array.isArray(postings) || postings.length < Math.max(2, this.ordinals * this.#denseShare)) return undefined;
    const dense = new DenseTerm();
    for (const posting of postings) {
      const ordinal = postingDoc(posting);
      dense.add(ordinal, postingWeight(posting));
      if (this.alive.data[ordinal] === 1) this.#count(dense.tally, ordinal, 1);
    }
    this.#dense.set(term, dense);
    return dense;
  }

  /** Adds a document, replacing the one with the same id. */
  put(doc: IndexedDocument): void {
    this.remove(doc.id);
    const ordinal = this.ids.length;
    this.ids.push(doc.id);
    this.alive.push(1);
    this.stage.push(this.stages.intern(doc.stage));
    this.agency.push(this.agencies.intern(doc.agency));
    this.effective.push(dateKey(doc.effectiveDate));
    // Folding is the costliest step of indexing: once per text.
    const number = numberKey(doc.number);
    // Text pasted from PDFs and old systems into the register is searched as what it reads as.
    const summary = doc.summary.map((text) => foldVietnamese(replaceLookAlikes(text)));
    for (const word of phraseWords(`${number} ${summary.join(' ')}`)) this.phraseValues.push(this.phraseWords.intern(word));
    this.phraseStart.push(this.phraseValues.length);

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
    for (const weight of weights.values()) length += weight;
    // A related number is indexed whole, out of the document's length: a decision based on twenty
    // laws and decrees is no longer a text, and "2016" or "QH13" alone should not find it.
    for (const related of doc.relations ?? []) {
      const key = numberKey(related.number);
      weights.set(key, (weights.get(key) ?? 0) + weightOf.relation);
    }

    const fieldsFrom = this.fieldValues.length;
    for (const field of new Set(doc.fields)) this.fieldValues.push(this.facets.field.intern(field));
    const values: Record<keyof typeof row, number> = {
      type: this.facets.type.intern(doc.type),
      issuer: this.facets.issuer.intern(doc.issuer),
      year: this.facets.year.intern(doc.issuedDate.slice(0, 4)),
      status: this.facets.status.intern(doc.status),
      fieldsFrom,
      fieldsTo: this.fieldValues.length,
      length,
      issued: dateKey(doc.issuedDate),
    };
    for (const column of rowColumns) this.rows.push(values[column]);

    for (const [term, weight] of weights) {
      const kept = Math.min(weight, maxWeight);
      const posting = ordinal * (maxWeight + 1) + kept;
      const postings = this.postings.get(term);
      if (postings === undefined) {
        this.postings.set(term, posting);
        if (lettersOnly.test(term)) this.vocabulary.push(term);
      }
      else if (typeof postings === 'number') this.postings.set(term, [postings, posting]);
      else postings.push(posting);
      const dense = this.#dense.get(term);
      if (dense) {
        dense.add(ordinal, kept);
        this.#count(dense.tally, ordinal, 1);
      }
    }
    this.#totalLength += length;
    this.#ordinals.set(doc.id, ordinal);
    this.#mark(ordinal, true);
    // Only a document in the register's force replaces: a withdrawn or draft one leaves the other standing.
    const replaces = doc.stage !== 'issued' ? [] : (doc.relations ?? []).flatMap((related) => (related.kind === 'replaces' ? [numberKey(related.number)] : []));
    this.replacements.add(ordinal, number, replaces);
  }

  remove(id: string): void {
    const ordinal = this.#ordinals.get(id);
    if (ordinal === undefined) return;
    this.alive.data[ordinal] = 0;
    this.#totalLength -= this.valueOf(ordinal, 'length');
    this.#ordinals.delete(id);
    this.#mark(ordinal, false);
    this.replacements.remove(ordinal);
    // A dense term's bits stay (they rank its postings); only its tally forgets the document.
    for (const dense of this.#dense.values()) if (dense.bits.has(ordinal)) this.#count(dense.tally, ordinal, -1);
  }

  /** Live documents whose own number is `key` (a whole number's key weighs as a number only there). */
  *#bearersOf(key: string): Iterable<number> {
    const postings = this.postings.get(key);
    for (const posting of postings === undefined ? [] : typeof postings === 'number' ? [postings] : postings) {
      if (postingWeight(posting) >= numberWeight && this.alive.data[postingDoc(posting)] === 1) yield postingDoc(posting);
    }
  }

  /** Adds a live document to the bitsets and tallies of its stage, agency and values, or takes it out. */
  #mark(ordinal: number, live: boolean): void {
    const delta = live ? 1 : -1;
    const update = (sets: Bitset[], id: number, tallies?: Tally[]) => {
      const set = (sets[id] ??= new Bitset());
      if (live) set.add(ordinal);
      else set.delete(ordinal);
      if (tallies) this.#count((tallies[id] ??= new Tally()), ordinal, delta);
    };
    update(this.stageBits, this.stage.data[ordinal] ?? 0);
    this.#count(this.stageTally, ordinal, delta);
    update(this.agencyBits, this.agency.data[ordinal] ?? 0, this.agencyTallies);
    for (const facet of singleFacets) update(this.valueBits[facet], this.valueOf(ordinal, facet), this.valueTallies[facet]);
    for (const field of this.fieldsOf(ordinal)) update(this.valueBits.field, field, this.valueTallies.field);
  }

  /** Counts a document in (or out of) a tally, under its stage. */
  #count(tally: Tally, ordinal: number, delta: 1 | -1): void {
    const entry = tally.of(this.stage.data[ordinal] ?? 0);
    entry.size += delta;
    const bump = (counts: number[], value: number) => {
      counts[value] = (counts[value] ?? 0) + delta;
    };
    for (const facet of singleFacets) bump(entry.counts[facet], this.valueOf(ordinal, facet));
    for (const field of this.fieldsOf(ordinal)) bump(entry.counts.field, field);
  }
}
