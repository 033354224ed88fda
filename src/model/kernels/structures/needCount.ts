/**
 * A soldier's need: the least number of defected soldiers among the `observed` he watches at which
 * the willing rule `defected / observed >= t + common` holds (reference.ts, decide), or NO_NEED when
 * not even all of them would do; `observed` is the army under army-wide observation of a fixed
 * army (globalNeedSimulation.ts), his neighbours under Watts's rule (networkCascadeSimulation.ts).
 * Since defected / observed grows with defected (floating-point division by a fixed number is
 * monotone), he is willing exactly when the count reaches his need, so needs can be counted into
 * buckets (O(N)) instead of thresholds sorted.
 *
 * The guess ceil(u * observed) is the need unless u * observed lies within a rounding error of a
 * whole number: both roundings (of u * observed, and of the rule's k / observed) are below 2^-52
 * relative, so a guess more than SAFE (in counts) from every whole number cannot be decided
 * otherwise by the rule, for any army up to 10^9. Near a whole number (thresholds k / N, common in
 * scenarios and in the tests) the need is moved with the rule's own comparison until it is the
 * boundary.
 */
export const SAFE = 1e-6;

export const NO_NEED = -1;

/** The least k in 0..observed with k / observed >= u (u = own threshold + common shift), or NO_NEED. */
export function needCount(u: number, observed: number): number {
  if (!(u <= 1)) return NO_NEED; // above 1, or NaN: never willing (observed / observed is exactly 1)
  if (u <= 0) return 0;
  const x = u * observed;
  let k = Math.ceil(x);
  const above = k - x;
  if (above > SAFE && above < 1 - SAFE) return k;
  if (k > observed) k = observed;
  while (k > 0 && (k - 1) / observed >= u) k--;
  while (k <= observed && !(k / observed >= u)) k++;
  return k > observed ? NO_NEED : k;
}
