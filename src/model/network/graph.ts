/**
 * An undirected graph in compressed sparse row form: the neighbours of soldier i are
 * neighbours[offsets[i] .. offsets[i + 1]), sorted, without self-loops or repeats.
 * 4 bytes per soldier plus 8 bytes per undirected edge.
 */
export interface Graph {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** A growable list of undirected edges as two parallel Int32Arrays. */
export class EdgeList {
  from: Int32Array;
  to: Int32Array;
  length = 0;

  /** `capacity`: the number of edges expected (the list grows past it if needed). */
  constructor(capacity = 1024) {
    this.from = new Int32Array(Math.max(1, capacity));
    this.to = new Int32Array(Math.max(1, capacity));
  }

  add(a: number, b: number): void {
    if (this.length === this.from.length) {
      const from = new Int32Array(this.length * 2);
      const to = new Int32Array(this.length * 2);
      from.set(this.from);
      to.set(this.to);
      this.from = from;
      this.to = to;
    }
    this.from[this.length] = a;
    this.to[this.length] = b;
    this.length++;
  }
}

/** Builds the CSR graph of `size` soldiers from an edge list; drops self-loops and repeated edges. */
export function graphFromEdges(size: number, edges: EdgeList): Graph {
  const degree = new Int32Array(size + 1);
  for (let e = 0; e < edges.length; e++) {
    const a = edges.from[e];
    const b = edges.to[e];
    if (a === b) continue;
    degree[a]++;
    degree[b]++;
  }
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) offsets[i + 1] = offsets[i] + degree[i];
  const cursor = offsets.slice(0, size);
  const raw = new Int32Array(offsets[size]);
  for (let e = 0; e < edges.length; e++) {
    const a = edges.from[e];
    const b = edges.to[e];
    if (a === b) continue;
    raw[cursor[a]++] = b;
    raw[cursor[b]++] = a;
  }
  // Sort each row and squeeze out repeats, compacting in place.
  const compact = new Int32Array(size + 1);
  let write = 0;
  for (let i = 0; i < size; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    sortRow(raw, start, end);
    compact[i] = write;
    for (let j = start; j < end; j++) {
      if (j > start && raw[j] === raw[j - 1]) continue;
      raw[write++] = raw[j];
    }
  }
  compact[size] = write;
  return { size, offsets: compact, neighbours: raw.slice(0, write) };
}

/** Sorts values[start .. end) ascending: by insertion for the short rows of most soldiers (no view allocated), else natively. */
function sortRow(values: Int32Array, start: number, end: number): void {
  if (end - start > 32) {
    values.subarray(start, end).sort();
    return;
  }
  for (let j = start + 1; j < end; j++) {
    const value = values[j];
    let k = j - 1;
    while (k >= start && values[k] > value) {
      values[k + 1] = values[k];
      k--;
    }
    values[k + 1] = value;
  }
}

export function degreeOf(graph: Graph, i: number): number {
  return graph.offsets[i + 1] - graph.offsets[i];
}
