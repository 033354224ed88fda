/**
 * Morris's (1991) one-at-a-time trajectories on a p-level grid {0, 1/(p-1), ..., 1}. Each
 * trajectory starts at a random grid point, then moves each input once, in random order, by
 * Delta = p / (2 (p - 1)) up or down (p even: the classic choice that makes every level equally
 * likely; Saltelli et al. 2008, section 3.3). Each input starts at one of the lower p/2 levels or
 * at that level plus Delta, so a move stays on the grid.
 *
 * Points are numbered trajectory by trajectory: point t (k + 1) + s is step s of trajectory t;
 * step s > 0 differs from step s - 1 in input `moved` alone.
 */
export interface MorrisPoint {
  trajectory: number;
  step: number;
  /** The input moved to reach this step (-1 at step 0). */
  moved: number;
  unit: Float64Array;
}

export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

export function morrisPointCount(trajectories: number, inputs: number): number {
  return trajectories * (inputs + 1);
}

export function morrisDesign(trajectories: number, inputs: number, levels: number, random: () => number): MorrisPoint[] {
  if (!(Number.isInteger(levels) && levels >= 2 && levels % 2 === 0)) throw new RangeError(`invalid levels: ${levels} (an even number from 2)`);
  const delta = morrisDelta(levels);
  const points: MorrisPoint[] = [];
  for (let t = 0; t < trajectories; t++) {
    const start = new Float64Array(inputs);
    for (let i = 0; i < inputs; i++) {
      const level = Math.floor(random() * (levels / 2)) / (levels - 1);
      start[i] = random() < 0.5 ? level : level + delta;
    }
    const order = shuffled(inputs, random);
    let current = start;
    points.push({ trajectory: t, step: 0, moved: -1, unit: current });
    order.forEach((i, s) => {
      const next = Float64Array.from(current);
      // Up from a lower level, down from an upper one: the move stays on the grid.
      next[i] = current[i] + delta <= 1 + 1e-12 ? current[i] + delta : current[i] - delta;
      points.push({ trajectory: t, step: s + 1, moved: i, unit: next });
      current = next;
    });
  }
  return points;
}

/** 0..n-1 in random order (Fisher-Yates with the injected generator). */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  return order;
}
