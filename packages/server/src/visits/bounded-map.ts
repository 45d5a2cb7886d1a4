/** Bounds the memory the visit counter's maps may take under a flood. */
const maxTracked = 200_000;

/** Keeps a map, in the order of its last writes, to its newest `maxTracked` entries. */
export function evictOldest<K, V>(map: Map<K, V>): void {
  while (map.size > maxTracked) {
    const oldest = map.keys().next();
    if (oldest.done === true) return;
    map.delete(oldest.value);
  }
}
