import { describe, expect, it } from "vitest";
import { axisValues, cellValues, shardCells, validateSweep } from "../../src/sweep/sweepSpec";
import { CELL_OUTPUTS } from "../../src/sweep/cellStatistics";
import { gridHeader } from "../../src/sweep/gridCsv";
import { findTippingPoint } from "../../src/sweep/tippingPoint";
import { bandwagon, foundationParams, simulate, type ModelParams } from "../../src/model";

const base = { name: "base", parameters: { army: { size: 200, days: 50 }, thresholds: { distribution: "normal", mean: 0.3, sd: 0.15 } } };

describe("sweep specs", () => {
  it("spell out linear and log ranges", () => {
    expect(axisValues({ path: "x", from: 0, to: 0.3, steps: 4, scale: "linear" })).toEqual([0, 0.1, 0.2, 0.3]);
    expect(axisValues({ path: "x", from: 1, to: 100, steps: 3, scale: "log" })).toEqual([1, 10, 100]);
  });

  it("refuse a log range from or to 0 with that reason alone (not with values that read NaN)", () => {
    const refusal = () => validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "offer.attractiveness", from: 0, to: 1, steps: 3, scale: "log" }] }, null);
    expect(refusal).toThrow(/a log range needs from and to above 0/);
    expect(refusal).not.toThrow(/NaN/);
  });

  it("number cells with the first axis slowest, and deal shards round-robin", () => {
    const spec = validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "offer.attractiveness", values: [0, 0.1] }, { path: "thresholds.sd", values: [0.1, 0.2, 0.3] }] }, null);
    expect(spec.cells).toBe(6);
    expect(cellValues(spec, 4)).toEqual([0.1, 0.2]);
    expect(shardCells(6, 2, 4)).toEqual([1, 5]);
    expect([1, 2, 3].flatMap((i) => shardCells(7, i, 3)).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("write only the outputs asked for, all of them by default", () => {
    const axes = [{ path: "offer.attractiveness", values: [0, 0.1] }];
    expect(validateSweep({ kind: "sweep", scenario: base, axes }, null).outputs).toEqual([...CELL_OUTPUTS]);
    const some = validateSweep({ kind: "sweep", scenario: base, axes, outputs: ["dayPast50Median", "cascadeProbability"] }, null);
    expect(gridHeader(some)).toEqual(["cell", "cells", "offer.attractiveness", "runs", "cascadeProbability", "dayPast50Median", "spec"]);
    expect(() => validateSweep({ kind: "sweep", scenario: base, axes, outputs: ["meanMood"] }, null)).toThrow(/outputs\[0\]: expected one of finalShareMean/);
  });

  it("sweep the leaders' threshold mean apart from the soldiers'", () => {
    const spec = validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "leaders.thresholds.mean", from: 0.5, to: 0.9, steps: 3, scale: "linear" }] }, null);
    expect(spec.axes[0].values.map((v) => +v.toFixed(10))).toEqual([0.5, 0.7, 0.9]);
    expect(() => validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "leaders.thresholds.mean", values: [1.1] }] }, null)).toThrow(/outside leaders\.thresholds\.mean's range 0 to 1/);
  });

  it("name what is wrong: an unknown parameter, a value out of range, too many axes", () => {
    expect(() => validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "offer.charm", values: [1] }] }, null)).toThrow(/axes\[0\]\.path: "offer\.charm" is not a numeric parameter/);
    expect(() => validateSweep({ kind: "sweep", scenario: base, axes: [{ path: "offer.attractiveness", values: [2] }] }, null)).toThrow(/outside offer\.attractiveness's range 0 to 1/);
    const three = { path: "offer.urgency", values: [0] };
    expect(() => validateSweep({ kind: "sweep", scenario: base, axes: [three, three, three] }, null)).toThrow(/one or two axes/);
    expect(() => validateSweep({ kind: "sweep", scenario: { name: "x", parameters: { army: { size: -1 } } }, axes: [three] }, null)).toThrow(/scenario\.parameters\.army\.size/);
  });
});

describe("tipping points", () => {
  const global = (attractiveness: number): ModelParams =>
    foundationParams({ size: 500, days: 500, thresholds: { kind: "normal", mean: 0.3, sd: 0.1 }, offer: { attractiveness, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 } });

  it("recover the closed-form threshold of the global deterministic model from its bandwagon curve", () => {
    const seed = 3;
    const sorted = bandwagon(simulate(global(0), seed).thresholds).sorted;
    // A cascade (half the army) needs soldier k+1 to be willing once k have defected: t_(k+1) - a <= k/N.
    const needed = Math.ceil(0.5 * sorted.length);
    let closedForm = 0;
    for (let k = 0; k < needed; k++) closedForm = Math.max(closedForm, sorted[k] - k / sorted.length);
    const found = findTippingPoint({ build: global, path: "offer.attractiveness", range: [0, 0.5], integer: false, level: 0.5, runs: 1, seed });
    expect(found.increasing).toBe(true);
    expect(Math.abs(found.value - closedForm)).toBeLessThan(1e-9);
  });

  it("put the true crossing inside its interval in a stochastic model", () => {
    const noisy = (attractiveness: number) => ({ ...global(attractiveness), size: 300, days: 150, opportunity: 0.2, awareness: { initial: 0.5, leafletReach: 0.02, wordOfMouth: 0 } });
    const found = findTippingPoint({ build: noisy, path: "offer.attractiveness", range: [0, 0.4], integer: false, level: 0.5, runs: 40, seed: 1 });
    // An independent, larger ensemble (other seeds) estimates the probability at the interval's ends.
    const probability = (a: number) => {
      let k = 0;
      for (let s = 1000; s < 1100; s++) if (simulate(noisy(a), s).summary.cascade) k++;
      return k / 100;
    };
    expect(found.low).toBeLessThan(found.high);
    expect(probability(Math.max(0, found.low - 0.01))).toBeLessThan(0.5);
    expect(probability(found.high + 0.01)).toBeGreaterThan(0.5);
  });
});

describe("shipped sweeps", () => {
  it("Watts's cascade window validates: threshold against mean degree, 144 cells", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const folder = join(__dirname, "../../scenarios");
    const spec = JSON.parse(readFileSync(join(folder, "sweeps/watts-cascade-window.json"), "utf8"));
    const sweep = validateSweep(spec, (path) => ({ object: JSON.parse(readFileSync(join(folder, "sweeps", path), "utf8")), readText: null }));
    expect(sweep.axes.map((a) => a.path)).toEqual(["thresholds.mean", "network.meanDegree"]);
    expect(sweep.cells).toBe(144);
  });

  it("the network sweeps validate: Centola's rewiring and triangles, the scale-free window (exponent against mean degree)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const folder = join(__dirname, "../../scenarios");
    const read = (file: string) =>
      validateSweep(JSON.parse(readFileSync(join(folder, "sweeps", file), "utf8")), (path) => ({ object: JSON.parse(readFileSync(join(folder, "sweeps", path), "utf8")), readText: null }));
    const rewiring = read("centola-macy-rewiring.json");
    expect(rewiring.axes[0]).toEqual({ path: "network.rewire", values: [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] });
    expect(rewiring.scenario.parameters.network).toEqual({ type: "regular-ring", degree: 6, rewire: 0 });
    expect(read("centola-macy-triangles.json").scenario.parameters.network).toEqual({ type: "clustered", meanDegree: 6, clustering: 0 });
    const window = read("watts-scale-free-window.json");
    expect(window.axes.map((a) => a.path)).toEqual(["network.exponent", "network.meanDegree"]);
    expect(window.cells).toBe(64);
  });
});
