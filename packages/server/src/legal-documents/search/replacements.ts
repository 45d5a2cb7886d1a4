/**
 * Which live documents of the register a live document replaces, as a flag by ordinal that scoring
 * reads in its loop (a byte, where a lookup by number would cost a hash per hit). Kept up to date
 * as documents come and go, whichever of the two comes first. Only replacing documents are
 * remembered; the documents bearing a number are found through the index (see `bearers`).
 */
export class Replacements {
  /** 1 for a live document that a live document of the register replaces. */
  flags = new Uint8Array(1024);
  /** Live replacing ordinals, by the number keys they replace. */
  readonly #replacers = new Map<string, Set<number>>();
  /** The number keys each live replacing ordinal replaces. */
  readonly #replacing = new Map<number, readonly string[]>();
  /** The live documents bearing a number key. */
  readonly #bearers: (key: string) => Iterable<number>;

  constructor(bearers: (key: string) => Iterable<number>) {
    this.#bearers = bearers;
  }

  add(ordinal: number, key: string, replaces: readonly string[]): void {
    if (ordinal >= this.flags.length) {
      const grown = new Uint8Array(Math.max(this.flags.length * 2, ordinal + 1));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[ordinal] = (this.#replacers.get(key)?.size ?? 0) > 0 ? 1 : 0;
    if (replaces.length === 0) return;
    this.#replacing.set(ordinal, replaces);
    for (const replaced of replaces) {
      let replacers = this.#replacers.get(replaced);
      if (!replacers) {
        replacers = new Set();
        this.#replacers.set(replaced, replacers);
      }
      replacers.add(ordinal);
      for (const bearer of this.#bearers(replaced)) this.flags[bearer] = 1;
    }
  }

  remove(ordinal: number): void {
    this.flags[ordinal] = 0;
    const replaces = this.#replacing.get(ordinal);
    if (!replaces) return;
    this.#replacing.delete(ordinal);
    for (const replaced of replaces) {
      const replacers = this.#replacers.get(replaced);
      replacers?.delete(ordinal);
      if (replacers?.size === 0) {
        this.#replacers.delete(replaced);
        for (const bearer of this.#bearers(replaced)) this.flags[bearer] = 0;
      }
    }
  }
}
