import { EdgeList } from "./graph";

/**
 * Barabasi & Albert (1999): soldiers join one at a time and each ties himself to `ties` distinct
 * earlier soldiers, chosen with probability proportional to their degree; the degrees follow
 * P(k) ~ k^-3 above `ties`, and the mean degree is about 2 x ties. The first ties + 1 soldiers form a
 * clique so that every later one has someone to attach to. Linear time by the list of tie ends of
 * Batagelj & Brandes (2005): a uniform pick from that list is a pick proportional to degree; a pick
 * that repeats a soldier already chosen for this newcomer is drawn again.
 */
export function preferentialAttachmentEdges(n: number, ties: number, random: () => number): EdgeList {
  const m = Math.floor(ties);
  const core = Math.min(n, m + 1);
  const edges = new EdgeList(Math.max(0, n * m));
  if (m < 1 || n < 2) return edges;
  const ends = new Int32Array(2 * (core * (core - 1) / 2 + Math.max(0, n - core) * m));
  let length = 0;
  for (let a = 0; a < core; a++) {
    for (let b = a + 1; b < core; b++) {
      edges.add(a, b);
      ends[length++] = a;
      ends[length++] = b;
    }
  }
  // chosenBy[u] = the last newcomer who chose u: a repeat is found in O(1) however many ties each makes.
  const chosenBy = new Int32Array(n).fill(-1);
  for (let v = core; v < n; v++) {
    // Only the ends present before v joined are candidates: v's own ties must not raise his chances.
    const before = length;
    for (let t = 0; t < m; t++) {
      let target = ends[Math.floor(random() * before)];
      while (chosenBy[target] === v) target = ends[Math.floor(random() * before)];
      chosenBy[target] = v;
      edges.add(v, target);
      ends[length++] = v;
      ends[length++] = target;
    }
  }
  return edges;
}
