/**
 * Locality (issue 19): the same graph with soldiers renumbered in breadth-first order (from the
 * lowest-numbered unvisited soldier, neighbours in order), so that a soldier's neighbours tend to
 * sit near each other in memory. The bench times the Watts edge-work floor (fullSweep.ts
 * wattsEdgeWork) on both numberings: the most a kernel relabelling internally (and mapping fates
 * back) could gain. Fates are permuted with the soldiers, so the same work is done.
 */
import type { Graph } from "../src/model";

/** newId[old] for a breadth-first numbering. */
export function breadthFirstOrder(graph: Graph): Int32Array {
  const n = graph.size;
  const { offsets, neighbours } = graph;
  const newId = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (newId[root] >= 0) continue;
    newId[root] = tail;
    queue[tail++] = root;
    while (head < tail) {
      const i = queue[head++];
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const j = neighbours[e];
        if (newId[j] < 0) {
          newId[j] = tail;
          queue[tail++] = j;
        }
      }
    }
  }
  return newId;
}

/** The graph and fates renumbered by newId (each soldier's neighbours sorted again). */
export function relabelled(graph: Graph, fate: Int32Array, newId: Int32Array): { graph: Graph; fate: Int32Array } {
  const n = graph.size;
  const { offsets, neighbours } = graph;
  const oldId = new Int32Array(n);
  for (let i = 0; i < n; i++) oldId[newId[i]] = i;
  const newOffsets = new Int32Array(n + 1);
  const newNeighbours = new Int32Array(neighbours.length);
  const newFate = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const i = oldId[v];
    const start = newOffsets[v];
    let at = start;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) newNeighbours[at++] = newId[neighbours[e]];
    newNeighbours.subarray(start, at).sort();
    newOffsets[v + 1] = at;
    newFate[v] = fate[i];
  }
  return { graph: { size: n, offsets: newOffsets, neighbours: newNeighbours }, fate: newFate };
}
