import { EdgeList } from "./graph";

/**
 * A ring lattice rewired without changing anyone's degree (the degree-preserving rewiring of
 * Maslov & Sneppen 2002, as in Centola & Macy's 2007 comparison of clustered and random networks of
 * the same degree): each soldier is tied to the degree/2 nearest on each side; then each tie, with
 * probability `rewire`, swaps far ends with a tie chosen at random, (a, b) and (c, d) becoming (a, d)
 * and (c, b). Everyone keeps the lattice degree, unlike the small-world rewiring, which moves ties'
 * ends to random soldiers. A swap that would tie a soldier to himself is skipped; the rare one that
 * repeats an existing tie is erased when the graph is built (a soldier or two lose a tie).
 */
export function regularRingEdges(n: number, degree: number, rewire: number, random: () => number): EdgeList {
  const half = Math.max(0, Math.min(Math.floor(degree / 2), Math.floor((n - 1) / 2)));
  const m = n * half;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 1; j <= half; j++) {
      from[e] = i;
      to[e] = (i + j) % n;
      e++;
    }
  }
  if (rewire > 0 && m >= 2) {
    for (let tie = 0; tie < m; tie++) {
      if (random() >= rewire) continue;
      const pick = Math.floor(random() * (m - 1));
      const other = pick >= tie ? pick + 1 : pick;
      const b = to[tie];
      const d = to[other];
      if (from[tie] === d || from[other] === b) continue;
      to[tie] = d;
      to[other] = b;
    }
  }
  const edges = new EdgeList(m);
  for (let tie = 0; tie < m; tie++) edges.add(from[tie], to[tie]);
  return edges;
}
