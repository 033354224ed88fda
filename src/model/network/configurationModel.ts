import { EdgeList } from "./graph";
import { shuffleInPlace } from "./shuffle";

/**
 * The configuration model (Bender & Canfield 1978; Molloy & Reed 1995): each soldier gets as many
 * tie ends ("stubs") as his degree, the stubs are shuffled and paired in order. An odd total drops
 * the last stub. Self-loops and repeated ties are kept here and erased when the graph is built (the
 * "erased" configuration model, Britton, Deijfen & Martin-Lof 2006): only soldiers whose degree
 * approaches sqrt(mean degree x n) lose many ties, so a heavy tail is bent down above that size.
 */
export function configurationModelEdges(degrees: Int32Array, random: () => number): EdgeList {
  let total = 0;
  for (let i = 0; i < degrees.length; i++) total += degrees[i];
  const stubs = new Int32Array(total);
  let write = 0;
  for (let i = 0; i < degrees.length; i++) for (let d = 0; d < degrees[i]; d++) stubs[write++] = i;
  shuffleInPlace(stubs, total, random);
  const edges = new EdgeList(total >> 1);
  for (let s = 0; s + 1 < total; s += 2) edges.add(stubs[s], stubs[s + 1]);
  return edges;
}
