import { EdgeList } from "./graph";

/**
 * Watts & Strogatz (1998): a ring where each soldier is tied to the degree/2 nearest on each side,
 * then each tie's far end is moved, with probability `rewire`, to a soldier chosen at random
 * (never itself; a tie that lands on an existing one is dropped when the graph is built).
 */
export function smallWorldEdges(n: number, degree: number, rewire: number, random: () => number): EdgeList {
  const edges = new EdgeList();
  const half = Math.min(Math.floor(degree / 2), Math.floor((n - 1) / 2));
  for (let i = 0; i < n; i++) {
    for (let j = 1; j <= half; j++) {
      let target = (i + j) % n;
      if (rewire > 0 && random() < rewire) {
        target = Math.floor(random() * (n - 1));
        if (target >= i) target++;
      }
      edges.add(i, target);
    }
  }
  return edges;
}
