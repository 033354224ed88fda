/**
 * Minimises f over the unit box [0, 1]^n by the Nelder-Mead simplex method (Nelder & Mead 1965),
 * with points clamped to the box. Used for two-parameter fits, where f is a sum of squared misses
 * of ensemble means taken with common random numbers (so f is the same function on every call).
 */
export function nelderMead(f: (x: number[]) => number, start: number[], options: { step?: number; maxEvaluations?: number; tolerance?: number } = {}): { x: number[]; value: number; evaluations: number } {
  const { step = 0.2, maxEvaluations = 120, tolerance = 1e-6 } = options;
  const n = start.length;
  const clamp = (x: number[]) => x.map((v) => Math.min(1, Math.max(0, v)));
  let evaluations = 0;
  const evaluate = (x: number[]) => {
    evaluations++;
    return { x, value: f(x) };
  };
  let simplex = [evaluate(clamp(start))];
  for (let i = 0; i < n; i++) {
    const x = start.slice();
    x[i] = x[i] + step <= 1 ? x[i] + step : x[i] - step;
    simplex.push(evaluate(clamp(x)));
  }
  const along = (from: number[], to: number[], t: number) => clamp(from.map((v, i) => v + t * (to[i] - v)));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[n];
    if (worst.value - best.value <= tolerance && Math.max(...simplex.map((p) => Math.max(...p.x.map((v, i) => Math.abs(v - best.x[i]))))) < 1e-4) break;
    const centroid = Array.from({ length: n }, (_, i) => simplex.slice(0, n).reduce((s, p) => s + p.x[i], 0) / n);
    const reflected = evaluate(along(centroid, worst.x, -1));
    if (reflected.value < best.value) {
      const expanded = evaluate(along(centroid, worst.x, -2));
      simplex[n] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[n - 1].value) {
      simplex[n] = reflected;
    } else {
      const contracted = evaluate(along(centroid, worst.x, 0.5));
      if (contracted.value < worst.value) simplex[n] = contracted;
      else simplex = [best, ...simplex.slice(1).map((p) => evaluate(along(best.x, p.x, 0.5)))];
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0].x, value: simplex[0].value, evaluations };
}
