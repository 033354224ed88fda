/**
 * The lower-triangular L with L Lᵀ = a symmetric positive definite matrix, and what the Gaussian
 * perturbation kernel needs from it: a correlated draw and the squared Mahalanobis distance.
 * A matrix that is not positive definite (a parameter that no longer varies) gets a small ridge.
 */
export function cholesky(matrix: readonly number[][]): number[][] {
  const n = matrix.length;
  const scale = Math.max(1e-300, ...matrix.map((row, i) => Math.abs(row[i])));
  for (let ridge = 0; ; ridge = ridge === 0 ? scale * 1e-10 : ridge * 100) {
    const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = matrix[i][j] + (i === j ? ridge : 0);
        for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
        if (i === j) {
          if (!(sum > 0)) ok = false;
          else l[i][i] = Math.sqrt(sum);
        } else l[i][j] = sum / l[j][j];
      }
    }
    if (ok) return l;
    if (ridge > scale) throw new Error("covariance matrix is not positive definite");
  }
}

/** L z for a vector of standard normals z. */
export function correlate(l: readonly number[][], z: readonly number[]): number[] {
  return l.map((row) => row.reduce((s, v, k) => s + v * z[k], 0));
}

/** (x - m)ᵀ (L Lᵀ)⁻¹ (x - m), by forward substitution. */
export function mahalanobisSquared(l: readonly number[][], x: readonly number[], m: readonly number[]): number {
  const y: number[] = [];
  let sum = 0;
  for (let i = 0; i < l.length; i++) {
    let v = x[i] - m[i];
    for (let k = 0; k < i; k++) v -= l[i][k] * y[k];
    y.push(v / l[i][i]);
    sum += y[i] * y[i];
  }
  return sum;
}
