/**
 * An indexed binary min-heap of soldiers keyed by a float: push, pop the least, and change any
 * member's key in O(log n). Typed arrays sized once for every soldier slot.
 */
export class NeedHeap {
  readonly key: Float64Array;
  /** Index of each soldier in `heap`, -1 when absent. */
  private readonly at: Int32Array;
  private readonly heap: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.key = new Float64Array(capacity);
    this.at = new Int32Array(capacity).fill(-1);
    this.heap = new Int32Array(capacity);
  }

  has(i: number): boolean {
    return this.at[i] >= 0;
  }

  /** The least key, Infinity when empty. */
  get minKey(): number {
    return this.size > 0 ? this.key[this.heap[0]] : Infinity;
  }

  /** Adds soldiers without ordering them; call heapify before the next pop. */
  append(i: number, key: number): void {
    this.key[i] = key;
    this.at[i] = this.size;
    this.heap[this.size++] = i;
  }

  heapify(): void {
    for (let k = (this.size >>> 1) - 1; k >= 0; k--) this.down(k);
  }

  push(i: number, key: number): void {
    this.append(i, key);
    this.up(this.size - 1);
  }

  pop(): number {
    const top = this.heap[0];
    this.at[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      this.heap[0] = last;
      this.at[last] = 0;
      this.down(0);
    }
    return top;
  }

  /** Takes a member out. */
  remove(i: number): void {
    const k = this.at[i];
    this.at[i] = -1;
    const last = this.heap[--this.size];
    if (k === this.size) return;
    this.heap[k] = last;
    this.at[last] = k;
    this.up(k);
    this.down(this.at[last]);
  }

  /** Sets a member's key. */
  update(i: number, key: number): void {
    const old = this.key[i];
    this.key[i] = key;
    if (key < old) this.up(this.at[i]);
    else if (key > old) this.down(this.at[i]);
    else if (!(key === old)) {
      // NaN involved: restore order both ways.
      this.up(this.at[i]);
      this.down(this.at[i]);
    }
  }

  private up(k: number): void {
    const { heap, key, at } = this;
    const i = heap[k];
    const v = key[i];
    while (k > 0) {
      const parent = (k - 1) >>> 1;
      const j = heap[parent];
      if (!(key[j] > v)) break;
      heap[k] = j;
      at[j] = k;
      k = parent;
    }
    heap[k] = i;
    at[i] = k;
  }

  private down(k: number): void {
    const { heap, key, at, size } = this;
    const i = heap[k];
    const v = key[i];
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && key[heap[child + 1]] < key[heap[child]]) child++;
      const j = heap[child];
      if (!(key[j] < v)) break;
      heap[k] = j;
      at[j] = k;
      k = child;
    }
    heap[k] = i;
    at[i] = k;
  }
}
