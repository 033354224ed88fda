import { EdgeList } from "./graph";

/**
 * The edges of G(n, p), p = meanDegree / (n - 1), in O(n + m) time by geometric skipping:
 * V. Batagelj and U. Brandes (2005), "Efficient generation of large random networks".
 */
export function erdosRenyiEdges(n: number, meanDegree: number, random: () => number): EdgeList {
  const edges = new EdgeList();
  if (n < 2 || meanDegree <= 0) return edges;
  const p = Math.min(1, meanDegree / (n - 1));
  if (p >= 1) {
    for (let v = 1; v < n; v++) for (let w = 0; w < v; w++) edges.add(v, w);
    return edges;
  }
  const logQ = Math.log(1 - p);
  // p below double resolution (a subnormal mean degree): 1 - p rounds to 1 and no tie is ever drawn.
  if (!(logQ < 0)) return edges;
  let v = 1;
  let w = -1;
  while (v < n) {
    w += 1 + Math.floor(Math.log(1 - random()) / logQ);
    while (w >= v && v < n) {
      w -= v;
      v++;
    }
    if (v < n) edges.add(v, w);
  }
  return edges;
}
