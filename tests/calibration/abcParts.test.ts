/** The small pieces ABC-SMC is made of: priors, weighted quantiles, the kernel's algebra, resampling. */
import { describe, expect, it } from "vitest";
import { logPriorDensity, samplePrior, toWorking, fromWorking, type Prior } from "../../src/calibration/prior";
import { weightedQuantile } from "../../src/calibration/weightedQuantile";
import { weightedCovariance } from "../../src/calibration/weightedCovariance";
import { cholesky, correlate, mahalanobisSquared } from "../../src/calibration/cholesky";
import { systematicResample } from "../../src/calibration/predictiveBand";
import { targetDistance } from "../../src/calibration/targetDistance";
import { priorInterval } from "../../src/calibration/posteriorSummary";
import { parseTarget } from "../../src/scenario/target";
import { sequentialStream } from "../../src/model/random";

describe("priors", () => {
  it("a log-uniform prior is flat on the log scale and zero outside its bounds", () => {
    const prior: Prior = { path: "opportunity.daily", distribution: "log-uniform", low: 0.001, high: 0.1 };
    expect(fromWorking(prior, toWorking(prior, 0.02))).toBeCloseTo(0.02, 15);
    expect(logPriorDensity(prior, Math.log(0.01))).toBe(0);
    expect(logPriorDensity(prior, Math.log(0.2))).toBe(-Infinity);
    const random = sequentialStream(1, "t");
    const draws = Array.from({ length: 4000 }, () => samplePrior(prior, random));
    // Half the draws below the geometric middle, 0.01.
    expect(draws.filter((w) => w < Math.log(0.01)).length / 4000).toBeGreaterThan(0.47);
    expect(draws.filter((w) => w < Math.log(0.01)).length / 4000).toBeLessThan(0.53);
    expect(priorInterval(prior)[0]).toBeCloseTo(0.001 * 100 ** 0.025, 12);
  });

  it("a truncated normal stays inside its bounds", () => {
    const prior: Prior = { path: "thresholds.mean", distribution: "normal", mean: 0.5, sd: 0.3, low: 0.4, high: 0.9 };
    const random = sequentialStream(2, "t");
    const draws = Array.from({ length: 2000 }, () => samplePrior(prior, random));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0.4);
    expect(Math.max(...draws)).toBeLessThanOrEqual(0.9);
    expect(logPriorDensity(prior, 0.5)).toBeGreaterThan(logPriorDensity(prior, 0.8));
  });
});

describe("weighted statistics", () => {
  it("equal weights give the Hazen quantile; a heavy value pulls the median", () => {
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.5)).toBe(2.5);
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBe(2);
    // 1 holds 80% of the weight (centred at 0.4), 2 is centred at 0.85.
    expect(weightedQuantile([1, 2, 3], [8, 1, 1], 0.5)).toBeCloseTo(1 + 0.1 / 0.45, 12);
    expect(weightedQuantile([1, 2, 3], [0, 0, 0], 0.5)).toBeNaN();
  });

  it("covariance, Cholesky and Mahalanobis agree", () => {
    const { mean, covariance } = weightedCovariance([[0, 0], [2, 2], [2, 0], [0, 2]], [1, 1, 1, 1]);
    expect(mean).toEqual([1, 1]);
    expect(covariance).toEqual([[1, 0], [0, 1]]);
    const l = cholesky([[4, 2], [2, 3]]);
    expect(l[0][0] * l[0][0]).toBeCloseTo(4, 12);
    expect(l[1][0] * l[0][0]).toBeCloseTo(2, 12);
    expect(correlate(l, [1, 0])).toEqual([l[0][0], l[1][0]]);
    // x = L z has squared Mahalanobis distance |z|².
    expect(mahalanobisSquared(l, correlate(l, [0.3, -1.2]), [0, 0])).toBeCloseTo(0.09 + 1.44, 12);
    // A parameter that no longer varies gets a ridge instead of failing.
    expect(cholesky([[1, 0], [0, 0]])[1][1]).toBeGreaterThan(0);
  });

  it("systematic resampling draws in proportion to the weights", () => {
    expect(systematicResample([0.5, 0.25, 0.25], 4, 0.5)).toEqual([0, 0, 1, 2]);
    expect(systematicResample([0, 1, 0], 3, 0.1)).toEqual([1, 1, 1]);
  });

  it("the distance is the root mean square of the misses in standard deviations", () => {
    const targets = [parseTarget("defected@day=1:100±10"), parseTarget("defected@day=2:200..300±20")];
    expect(targetDistance([130, 250], targets)).toBeCloseTo(Math.sqrt(9 / 2), 12);
    expect(targetDistance([100, 340], targets)).toBeCloseTo(Math.sqrt(4 / 2), 12);
  });
});
