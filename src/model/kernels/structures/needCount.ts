/**
 * A soldier's need under army-wide observation of a fixed army: the least number of defected
 * soldiers at which the willing rule `defected / armySize >= t + common` holds (reference.ts,
 * decide), or NO_NEED when not even the whole army would do. Since defected / armySize grows with
 * defected (floating-point division by a fixed number is monotone), a soldier is willing on a day
 * exactly when the defected count reaches his need, so needs can be counted into buckets (O(N))
 * instead of thresholds sorted.
 *
 * The first guess, ceil(u * armySize), can be a step off through rounding; the need is then moved
 * with the rule's own comparison until it is the boundary.
 */
export const NO_NEED = -1;

/** The least k in 0..armySize with k / armySize >= u (u = own threshold + common shift), or NO_NEED. */
export function needCount(u: number, armySize: number): number {
  if (!(u <= 1)) return NO_NEED; // above 1, or NaN: never willing (armySize / armySize is exactly 1)
  if (u <= 0) return 0;
  let k = Math.ceil(u * armySize);
  if (k > armySize) k = armySize;
  while (k > 0 && (k - 1) / armySize >= u) k--;
  while (k <= armySize && !(k / armySize >= u)) k++;
  return k > armySize ? NO_NEED : k;
}
