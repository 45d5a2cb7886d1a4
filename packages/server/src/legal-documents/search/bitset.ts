/**
 * Set bits in a 32-bit word (SWAR popcount): JavaScript has no popcount instruction, and this is
 * a dozen integer operations with no branch.
 */
export function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Index of the lowest set bit of a non-zero word. */
export const lowestBit = (word: number): number => 31 - Math.clz32(word & -word);

/**
 * A set of document ordinals as one bit per ordinal, 32 to a word, growing as ordinals are added.
 * Query code reads `words` directly: a whole word of 32 documents is intersected with one `&`.
 */
export class Bitset {
  words = new Int32Array(32);

  /** Grows the words to at least `count`, so that loops over the register read no holes. */
  reserve(count: number): Int32Array {
    if (count > this.words.length) {
      const grown = new Int32Array(Math.max(this.words.length * 2, count));
      grown.set(this.words);
      this.words = grown;
    }
    return this.words;
  }

  add(ordinal: number): void {
    const word = ordinal >>> 5;
    this.reserve(word + 1);
    this.words[word] = (this.words[word] ?? 0) | (1 << (ordinal & 31));
  }

  delete(ordinal: number): void {
    const word = ordinal >>> 5;
    if (word < this.words.length) this.words[word] = (this.words[word] ?? 0) & ~(1 << (ordinal & 31));
  }

  has(ordinal: number): boolean {
    return ((this.words[ordinal >>> 5] ?? 0) & (1 << (ordinal & 31))) !== 0;
  }
}
