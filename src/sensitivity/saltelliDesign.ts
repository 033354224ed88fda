/**
 * Saltelli's sampling design for Sobol indices (Saltelli 2002; Saltelli et al. 2010, "Variance
 * based sensitivity analysis of model output", Comput. Phys. Commun. 181). Two independent N x k
 * matrices A and B come from one 2k-dimensional Sobol sequence (A the first k coordinates, B the
 * last k); AB_i is A with column i taken from B. The model is run at every row of A, B and each
 * AB_i: N (k + 2) points in all.
 *
 * Points are numbered base row by base row: point j (k + 2) + c is row j of A (c = 0), of B
 * (c = 1) or of AB_{c-2}, so every finished block of k + 2 points is a usable base row and a
 * shard's points spread over the whole sequence.
 */
import { sobolPoints } from "./sobolSequence";

export interface SaltelliPoint {
  /** Base row j (0-based). */
  base: number;
  /** "A", "B", or the index of the input taken from B. */
  matrix: "A" | "B" | number;
  /** Unit coordinates, one per input. */
  unit: Float64Array;
}

export function saltelliPointCount(baseRows: number, inputs: number): number {
  return baseRows * (inputs + 2);
}

export function saltelliDesign(baseRows: number, inputs: number): SaltelliPoint[] {
  const rows = sobolPoints(baseRows, 2 * inputs);
  const points: SaltelliPoint[] = [];
  rows.forEach((row, j) => {
    const a = row.subarray(0, inputs);
    const b = row.subarray(inputs, 2 * inputs);
    points.push({ base: j, matrix: "A", unit: Float64Array.from(a) });
    points.push({ base: j, matrix: "B", unit: Float64Array.from(b) });
    for (let i = 0; i < inputs; i++) {
      const ab = Float64Array.from(a);
      ab[i] = b[i];
      points.push({ base: j, matrix: i, unit: ab });
    }
  });
  return points;
}
