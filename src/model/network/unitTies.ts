import { EdgeList } from "./graph";

/**
 * Units as cliques (soldier i is in unit floor(i / unitSize)), linked by a few ties: each unit
 * gets `tiesPerUnit` ties from a random member to a random soldier of another unit.
 */
export function unitTiesEdges(n: number, unitSize: number, tiesPerUnit: number, random: () => number): EdgeList {
  const edges = new EdgeList();
  const units = Math.ceil(n / unitSize);
  for (let u = 0; u < units; u++) {
    const start = u * unitSize;
    const end = Math.min(n, start + unitSize);
    for (let a = start; a < end; a++) for (let b = a + 1; b < end; b++) edges.add(a, b);
  }
  if (units < 2) return edges;
  for (let u = 0; u < units; u++) {
    const start = u * unitSize;
    const members = Math.min(n, start + unitSize) - start;
    for (let t = 0; t < tiesPerUnit; t++) {
      const from = start + Math.floor(random() * members);
      let to = Math.floor(random() * (n - members));
      if (to >= start) to += members;
      edges.add(from, to);
    }
  }
  return edges;
}
