/** Posterior draws for comparisons: weighted like the posterior, shuffled, the same for the same seed. */
import { describe, expect, it } from "vitest";
import { posteriorDraws } from "../../src/calibration/posteriorDraws";
import type { Population } from "../../src/calibration/abcSmc";

const population = (weights: number[]): Population => ({
  generation: 1,
  tolerance: 1,
  seeds: [1],
  particles: weights.map((weight, i) => ({ values: [i, 10 * i], weight, distances: [0] })),
  proposals: weights.length,
  acceptance: 1,
  ess: 1,
});

describe("posteriorDraws", () => {
  it("draws each particle in proportion to its weight, in shuffled order, the same for the same seed", () => {
    const draws = posteriorDraws(population([0.5, 0.25, 0.25, 0]), 200, 7);
    const count = (i: number) => draws.filter((d) => d[0] === i).length;
    expect([count(0), count(1), count(2), count(3)]).toEqual([100, 50, 50, 0]);
    expect(draws.every((d) => d[1] === 10 * d[0])).toBe(true);
    // Not in particle order: the first 12 hold more than one particle.
    expect(new Set(draws.slice(0, 12).map((d) => d[0])).size).toBeGreaterThan(1);
    expect(posteriorDraws(population([0.5, 0.25, 0.25, 0]), 200, 7)).toEqual(draws);
    expect(posteriorDraws(population([0.5, 0.25, 0.25, 0]), 200, 8)).not.toEqual(draws);
  });
});
