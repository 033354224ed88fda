import { EdgeList } from "./graph";
import { shuffleInPlace } from "./shuffle";

/**
 * A random graph with triangles (Newman 2009; Miller 2009): each soldier has a degree k (floor or
 * ceiling of `meanDegree`, so degrees are as even as the mean allows) made of t triangle corners
 * (two ties each) and k - 2t single ties. Corners are shuffled and taken three at a time into
 * triangles, single ties are paired as in the configuration model. A soldier's share of linked
 * neighbour pairs, t / (k (k - 1) / 2), is his clustering; t is drawn (floor or ceiling) so that its
 * expectation is `clustering` x k (k - 1) / 2, which makes both the mean local and the global
 * clustering equal `clustering` up to chance triangles (O(1/n)) and erased repeats. At most
 * floor(k / 2) corners fit in k ties: see maxClustering.
 * Left-over corners (the total not a multiple of 3) become two single ties each; an odd single stub
 * is dropped. Triangles or pairs that repeat a soldier or a tie are erased when the graph is built.
 * The triangles are joined to each other by one soldier at a time: clustered, but with narrow
 * bridges (Centola & Macy 2007), unlike a ring lattice.
 */
export function clusteredRandomEdges(n: number, meanDegree: number, clustering: number, random: () => number): EdgeList {
  const degrees = new Int32Array(n);
  const corners = new Int32Array(n);
  const low = Math.floor(Math.max(0, Math.min(meanDegree, n - 1)));
  const extra = Math.max(0, Math.min(meanDegree, n - 1)) - low;
  let cornerCount = 0;
  let stubCount = 0;
  for (let i = 0; i < n; i++) {
    const k = extra > 0 && random() < extra ? low + 1 : low;
    const wanted = (clustering * k * (k - 1)) / 2;
    const whole = Math.floor(wanted);
    const t = Math.min(Math.floor(k / 2), wanted > whole && random() < wanted - whole ? whole + 1 : whole);
    degrees[i] = k;
    corners[i] = t;
    cornerCount += t;
    stubCount += k - 2 * t;
  }
  const cornerList = new Int32Array(cornerCount);
  const leftOver = cornerCount % 3;
  const stubs = new Int32Array(stubCount + 2 * leftOver);
  let c = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < corners[i]; t++) cornerList[c++] = i;
    for (let d = degrees[i] - 2 * corners[i]; d > 0; d--) stubs[s++] = i;
  }
  shuffleInPlace(cornerList, cornerCount, random);
  const triangles = cornerCount - leftOver;
  const edges = new EdgeList(triangles + (stubs.length >> 1));
  for (let k = 0; k < triangles; k += 3) {
    const a = cornerList[k];
    const b = cornerList[k + 1];
    const d = cornerList[k + 2];
    edges.add(a, b);
    edges.add(b, d);
    edges.add(a, d);
  }
  for (let k = triangles; k < cornerCount; k++) {
    stubs[s++] = cornerList[k];
    stubs[s++] = cornerList[k];
  }
  shuffleInPlace(stubs, s, random);
  for (let k = 0; k + 1 < s; k += 2) edges.add(stubs[k], stubs[k + 1]);
  return edges;
}

/**
 * The largest clustering the generator can give at this mean degree: every soldier of degree k
 * (floor or ceiling of the mean, whichever occur) can close at most floor(k / 2) triangles among
 * his k (k - 1) / 2 neighbour pairs. 1/3 at mean degree 4, 1/5 at 6, 0 when no soldier has two ties to close one.
 */
export function maxClustering(meanDegree: number): number {
  const low = Math.floor(meanDegree);
  const degrees = meanDegree > low ? [low, low + 1] : [low];
  let most = Infinity;
  for (const k of degrees) if (k >= 2) most = Math.min(most, Math.floor(k / 2) / ((k * (k - 1)) / 2));
  return most === Infinity ? 0 : most;
}
