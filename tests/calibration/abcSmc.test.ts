/**
 * ABC-SMC recovers parameters from targets the model made, is the same for the same seed, and
 * resumes from a saved generation to the same result. (The coverage study over 20 repetitions is
 * scripts/abc-coverage.ts; here one repetition each, fixed seeds.)
 */
import { describe, expect, it } from "vitest";
import { abcSmc, nextTolerance, type AbcState } from "../../src/calibration/abcSmc";
import { inProcessRunner } from "../../src/calibration/particleRunner";
import { posteriorSummary } from "../../src/calibration/posteriorSummary";
import { predictiveBand } from "../../src/calibration/predictiveBand";
import { simulate } from "../../src/model";
import { RECOVERY_PRIORS, RECOVERY_TRUTH, recoveryParams, recoveryTargets } from "./recoveryCase";

const runner = inProcessRunner(recoveryParams);

describe("ABC-SMC", () => {
  const priors = RECOVERY_PRIORS.slice(0, 2);
  const truth = RECOVERY_TRUTH.slice(0, 2);
  const targets = recoveryTargets(truth, 777);
  const options = { priors, targets, particles: 60, runs: 3, seed: 11 };
  let shared: Promise<AbcState> | undefined;
  const posterior = () => (shared ??= abcSmc(options, runner));

  it("recovers two parameters: each truth inside its 95% interval, attractiveness pinned down", async () => {
    const state = await posterior();
    const last = state.populations.at(-1)!;
    expect(state.populations.length).toBeGreaterThan(2);
    // Tolerances shrink from one generation to the next.
    const tolerances = state.populations.slice(1).map((p) => p.tolerance!);
    tolerances.slice(1).forEach((t, k) => expect(t).toBeLessThan(tolerances[k]));
    expect(last.particles.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
    const { marginals } = posteriorSummary(last, priors);
    marginals.forEach((m, d) => {
      expect(m.low, m.path).toBeLessThanOrEqual(truth[d]);
      expect(m.high, m.path).toBeGreaterThanOrEqual(truth[d]);
    });
    expect(marginals[0].narrowing).toBeLessThan(0.6);
    expect(marginals[0].identified).toBe(true);
  }, 120_000);

  it("recovers three parameters at once", async () => {
    const priors3 = RECOVERY_PRIORS;
    const state = await abcSmc({ priors: priors3, targets: recoveryTargets(RECOVERY_TRUTH, 778), particles: 60, runs: 3, seed: 12, maxGenerations: 6 }, runner);
    const { marginals } = posteriorSummary(state.populations.at(-1)!, priors3);
    marginals.forEach((m, d) => {
      expect(m.low, m.path).toBeLessThanOrEqual(RECOVERY_TRUTH[d]);
      expect(m.high, m.path).toBeGreaterThanOrEqual(RECOVERY_TRUTH[d]);
    });
  }, 120_000);

  it("is the same for the same seed, and resumes from a saved generation to the same result", async () => {
    const short = { ...options, particles: 30, maxGenerations: 4 };
    const saved: string[] = [];
    const whole = await abcSmc(short, runner, { onPopulation: (state) => void saved.push(JSON.stringify(state)) });
    expect(JSON.stringify(await abcSmc(short, runner))).toBe(JSON.stringify(whole));
    const afterTwo = JSON.parse(saved[1]) as AbcState;
    expect(afterTwo.populations.length).toBe(2);
    const resumed = await abcSmc(short, runner, {}, afterTwo);
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
    // Another seed gives other particles.
    expect(JSON.stringify(await abcSmc({ ...short, seed: 12 }, runner))).not.toBe(JSON.stringify(whole));
  }, 120_000);

  it("every particle of a generation uses the same run seeds, new ones each generation", async () => {
    const seen: number[][] = [];
    const spy: typeof runner = async (tasks, read) => {
      seen.push([...new Set(tasks.map((t) => t.seed))]);
      return runner(tasks, read);
    };
    const state = await abcSmc({ ...options, particles: 20, maxGenerations: 3 }, spy);
    state.populations.forEach((p, g) => expect(p.seeds).toEqual([11 + 3 * g, 12 + 3 * g, 13 + 3 * g]));
    expect(seen.every((seeds) => seeds.length === 3)).toBe(true);
  }, 120_000);

  it("the next tolerance is the weighted median of the distances kept", () => {
    const population = {
      generation: 1,
      tolerance: 5,
      seeds: [1, 2],
      particles: [
        { values: [0], weight: 0.5, distances: [1, 9] },
        { values: [0], weight: 0.25, distances: [2, 3] },
        { values: [0], weight: 0.25, distances: [4, 4] },
      ],
      proposals: 3,
      acceptance: 1,
      ess: 3,
    };
    // Kept runs: 1 (weight 0.5, centred at 0.25), 2 (0.125, at 0.5625), 3, 4, 4; the 9 is beyond the tolerance.
    expect(nextTolerance(population, 0.5)).toBeCloseTo(1 + 0.25 / 0.3125, 12);
    expect(nextTolerance(population, 0.9)).toBe(4);
  }, 120_000);

  it("the posterior predictive band contains model-made series", async () => {
    const state = await posterior();
    const band = await predictiveBand(state.populations.at(-1)!, targets, runner, { draws: 200, seed: 5 });
    expect(band.defected.median.length).toBe(61);
    let inside = 0;
    let days = 0;
    for (const seed of [901, 902, 903, 904, 905]) {
      const { defected } = simulate(recoveryParams(truth), seed).series;
      for (let day = 1; day <= 60; day++, days++) inside += Number(defected[day] >= band.defected.low[day] && defected[day] <= band.defected.high[day]);
    }
    expect(inside / days).toBeGreaterThan(0.9);
    band.targets.forEach((t) => expect(t.low <= t.target.low && t.target.low <= t.high, t.target.text).toBe(true));
  }, 120_000);
});
