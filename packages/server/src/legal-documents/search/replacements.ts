/**
 * Which live documents of the register a live document replaces, as a flag by ordinal that scoring
 * reads in its loop (a byte, where a lookup by number would cost a hash per hit). Kept up to date
 * as documents come and go, whichever of the two comes first.
 */
export class Replacements {
  /** 1 for a live document that a live document of the register replaces. */
  flags = new Uint8Array(1024);
  /** Live ordinals by the number key they bear, and by the number keys they replace. */
  readonly #bearers = new Map<string, Set<number>>();
  readonly #replacers = new Map<string, Set<number>>();
  /** Per live ordinal: the key it bears and those it replaces. */
  readonly #documents = new Map<number, { key: string; replaces: readonly string[] }>();

  add(ordinal: number, key: string, replaces: readonly string[]): void {
    if (ordinal >= this.flags.length) {
      const grown = new Uint8Array(Math.max(this.flags.length * 2, ordinal + 1));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.#documents.set(ordinal, { key, replaces });
    setOf(this.#bearers, key).add(ordinal);
    this.flags[ordinal] = (this.#replacers.get(key)?.size ?? 0) > 0 ? 1 : 0;
    for (const replaced of replaces) {
      setOf(this.#replacers, replaced).add(ordinal);
      for (const bearer of this.#bearers.get(replaced) ?? []) this.flags[bearer] = 1;
    }
  }

  remove(ordinal: number): void {
    const document = this.#documents.get(ordinal);
    if (!document) return;
    this.#documents.delete(ordinal);
    this.#bearers.get(document.key)?.delete(ordinal);
    this.flags[ordinal] = 0;
    for (const replaced of document.replaces) {
      const replacers = this.#replacers.get(replaced);
      replacers?.delete(ordinal);
      if (replacers?.size === 0) for (const bearer of this.#bearers.get(replaced) ?? []) this.flags[bearer] = 0;
    }
  }
}

function setOf<T>(map: Map<string, Set<T>>, key: string): Set<T> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}
