/**
 * The first `k` items in `compare` order, sorted, without sorting the rest: a bounded max-heap of
 * the best `k` seen so far, O(n log k). A page of 20 out of 50,000 hits costs a pass, not a sort.
 */
export function selectTop(items: ArrayLike<number> & Iterable<number>, k: number, compare: (left: number, right: number) => number): number[] {
  if (k <= 0) return [];
  // Past a few thousand the heap stops paying for itself against the engine's sort.
  if (k >= items.length || k > 4096) return Array.from(items).sort(compare).slice(0, k);

  // heap[0] is the worst of the kept items: the one the next better item replaces.
  const heap: number[] = [];
  const worse = (left: number, right: number) => compare(left, right) > 0;
  const siftUp = (start: number) => {
    let child = start;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const childItem = heap[child] ?? 0;
      const parentItem = heap[parent] ?? 0;
      if (!worse(childItem, parentItem)) break;
      heap[child] = parentItem;
      heap[parent] = childItem;
      child = parent;
    }
  };
  const siftDown = () => {
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && worse(heap[left] ?? 0, heap[worst] ?? 0)) worst = left;
      if (right < heap.length && worse(heap[right] ?? 0, heap[worst] ?? 0)) worst = right;
      if (worst === parent) return;
      const parentItem = heap[parent] ?? 0;
      heap[parent] = heap[worst] ?? 0;
      heap[worst] = parentItem;
      parent = worst;
    }
  };

  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0] ?? 0) < 0) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort(compare);
}
