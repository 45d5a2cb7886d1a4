/**
 * Every order of the register as two numbers per document, compared first by `primary` and then
 * by `secondary`, both descending: a heap compares two floats instead of calling a comparator.
 * Both arrays are read by ordinal.
 */
export interface SortKeys {
  primary: Float64Array;
  secondary: Float64Array;
}

/** Whether `left` comes after `right`. */
const after = (keys: SortKeys, left: number, right: number): boolean => {
  const { primary, secondary } = keys;
  const leftKey = primary[left] ?? 0;
  const rightKey = primary[right] ?? 0;
  return leftKey < rightKey || (leftKey === rightKey && (secondary[left] ?? 0) < (secondary[right] ?? 0));
};

/**
 * The best `k` items as a heap whose root is the worst of them: a bounded heap of the best `k`
 * seen so far, O(n log k), and for most items of a long list a single comparison with the root.
 */
function heapOfBest(items: Int32Array, k: number, keys: SortKeys): Int32Array {
  const heap = items.slice(0, k);
  const siftDown = (from: number) => {
    let parent = from;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= k) return;
      const right = left + 1;
      let worst = left;
      if (right < k && after(keys, heap[right] ?? 0, heap[left] ?? 0)) worst = right;
      const parentItem = heap[parent] ?? 0;
      const worstItem = heap[worst] ?? 0;
      if (!after(keys, worstItem, parentItem)) return;
      heap[parent] = worstItem;
      heap[worst] = parentItem;
      parent = worst;
    }
  };
  for (let at = (k >> 1) - 1; at >= 0; at--) siftDown(at);
  for (let at = k; at < items.length; at++) {
    const item = items[at] ?? 0;
    if (after(keys, heap[0] ?? 0, item)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap;
}

/** The first `k` items in key order, sorted, without sorting the rest: a page of 20 out of 50,000 hits costs a pass, not a sort. */
export function selectTop(items: Int32Array, k: number, keys: SortKeys): number[] {
  if (k <= 0) return [];
  const best = k >= items.length ? Array.from(items) : Array.from(heapOfBest(items, k, keys));
  return best.sort((left, right) => (after(keys, left, right) ? 1 : after(keys, right, left) ? -1 : 0));
}

/** Whether `left` comes before `right` in key order. */
export const before = (keys: SortKeys, left: number, right: number): boolean => after(keys, right, left);

/**
 * The `k`-th item in key order (1 is the first), or `undefined` when there are fewer. A
 * quickselect, O(n) on average: a heap of the best `k` costs O(n log k), and `k` here is a rerank
 * depth of a thousand.
 */
export function kthItem(items: Int32Array, k: number, keys: SortKeys): number | undefined {
  if (k <= 0 || k > items.length) return undefined;
  const work = items.slice();
  const target = k - 1;
  let low = 0;
  let high = work.length - 1;
  while (low < high) {
    // The middle item as the pivot: hits come in ordinal order, often nearly sorted by date.
    const pivot = work[(low + high) >>> 1] ?? 0;
    let left = low;
    let right = high;
    while (left <= right) {
      while (before(keys, work[left] ?? 0, pivot)) left++;
      while (before(keys, pivot, work[right] ?? 0)) right--;
      if (left <= right) {
        const item = work[left] ?? 0;
        work[left++] = work[right] ?? 0;
        work[right--] = item;
      }
    }
    // Now [low, right] come no later than the pivot, [left, high] no earlier, and between them are equal to it.
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return work[target];
}
