/**
 * How far one run is from the historical targets: the root mean square of each target's miss in
 * its own standard deviations (0 inside a range). A series counts one term per period, so every
 * figure the sources give weighs the same. 1 means "on average one standard deviation off".
 */
import { targetMiss, type Target } from "../scenario/target";

export function targetDistance(values: readonly number[], targets: readonly Target[]): number {
  let sum = 0;
  targets.forEach((target, k) => {
    sum += targetMiss(values[k], target) ** 2;
  });
  return Math.sqrt(sum / targets.length);
}
