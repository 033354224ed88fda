/**
 * Sorts soldier ids in place by a per-soldier key, ascending (ties in any order), and returns the
 * keys in that order. A bucket sort with one bucket per id: bucket(v) = floor((v - min) * scale) is
 * monotone in v (every floating-point step is), so buckets come out in key order and only each
 * bucket needs sorting, by insertion (equal keys, such as thresholds clipped at 0 or 1, cost
 * nothing). Expected O(n) for the smooth threshold and resistance distributions of the model.
 */
export function sortByKey(ids: Int32Array, keyOf: Float64Array): Float64Array {
  const n = ids.length;
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = keyOf[ids[k]];
  sortRange(ids, keys, 0, n, new Int32Array(n + 1), new Int32Array(n), new Float64Array(n));
  return keys;
}

/**
 * Sorts ids[from..to) with their keys; `start`, `placedIds` and `placedKeys` are scratch space at
 * least (to - from + 1) long. Crowded buckets (a lumpy distribution) are sorted the same way
 * recursively; a bucket of equal keys (thresholds clipped at 0 or 1) is left as it is.
 */
function sortRange(ids: Int32Array, keys: Float64Array, from: number, to: number, start: Int32Array, placedIds: Int32Array, placedKeys: Float64Array): void {
  const n = to - from;
  if (n <= 48) {
    insertionSort(ids, keys, from, to);
    return;
  }
  let min = Infinity;
  let max = -Infinity;
  for (let k = from; k < to; k++) {
    const v = keys[k];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return;
  const scale = (n - 1) / (max - min);
  if (!(scale > 0 && scale < Infinity)) {
    // Keys that are not all finite (or too close for the arithmetic): the built-in sort.
    const positions = Array.from({ length: n }, (_, k) => from + k);
    positions.sort((a, b) => compareKeys(keys[a], keys[b]));
    const sortedIds = positions.map((p) => ids[p]);
    const sortedKeys = positions.map((p) => keys[p]);
    ids.set(sortedIds, from);
    keys.set(sortedKeys, from);
    return;
  }
  const last = n - 1;
  start.fill(0, 0, n + 1);
  for (let k = from; k < to; k++) start[Math.min(last, Math.floor((keys[k] - min) * scale)) + 1]++;
  for (let b = 0; b < n; b++) start[b + 1] += start[b];
  for (let k = from; k < to; k++) {
    const v = keys[k];
    const at = start[Math.min(last, Math.floor((v - min) * scale))]++;
    placedIds[at] = ids[k];
    placedKeys[at] = v;
  }
  // start[b] is now the end of bucket b (the start of bucket b + 1).
  ids.set(placedIds.subarray(0, n), from);
  keys.set(placedKeys.subarray(0, n), from);
  let begin = 0;
  const ends = start.slice(0, n);
  for (let b = 0; b < n; b++) {
    const end = ends[b];
    if (end - begin > 48) sortRange(ids, keys, from + begin, from + end, start, placedIds, placedKeys);
    else if (end - begin > 1) insertionSort(ids, keys, from + begin, from + end);
    begin = end;
  }
}

function compareKeys(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function insertionSort(ids: Int32Array, keys: Float64Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const v = keys[k];
    if (!(keys[k - 1] > v)) continue;
    const id = ids[k];
    let j = k - 1;
    while (j >= from && keys[j] > v) {
      keys[j + 1] = keys[j];
      ids[j + 1] = ids[j];
      j--;
    }
    keys[j + 1] = v;
    ids[j + 1] = id;
  }
}
