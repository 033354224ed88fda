import { describe, expect, it } from "vitest";
import { analyseSensitivity } from "../../src/sensitivity/sensitivityAnalysis";
import { sensitivityDesign } from "../../src/sensitivity/sensitivityDesign";
import type { SensitivityInput } from "../../src/sensitivity/inputScale";

const inputs: SensitivityInput[] = ["a", "b", "c"].map((path) => ({ path, low: 0, high: 1, scale: "uniform", integer: false }));
const settings = { inputs, outputs: ["finalShare" as const], runs: 10, masterSeed: 3, tolerance: 0.2, resamples: 200 };

describe("analyseSensitivity", () => {
  it("ranks Sobol inputs by total index and gives the noise share as mean within-point variance / runs over the variance across points", () => {
    const spec = { ...settings, method: "sobol" as const, sampleSize: 512, trajectories: 0, levels: 0 };
    const design = sensitivityDesign(spec);
    // f = 3 b + c: b first, c second, a inert; every point has within-point variance 0.5.
    const means = Float64Array.from(design.points as { unit: Float64Array }[], (p) => 3 * p.unit[1] + p.unit[2]);
    const variances = new Float64Array(means.length).fill(0.5);
    const [analysis] = analyseSensitivity(spec, design, [{ means, variances }]);
    expect(analysis.inputs.map((i) => i.input)).toEqual(["b", "c", "a"]);
    expect(analysis.inputs[0].values.total).toBeCloseTo(0.9, 1);
    expect(analysis.inputs[2].values.total).toBe(0);
    const mean = means.reduce((s, v) => s + v, 0) / means.length;
    const across = means.reduce((s, v) => s + (v - mean) ** 2, 0) / (means.length - 1);
    expect(analysis.noiseShare).toBeCloseTo(0.5 / 10 / across, 12);
    expect(analysis.findings.map((f) => f.message)).toEqual([]);
  });

  it("ranks Morris inputs by mu* and gives the ranks 1..k", () => {
    const spec = { ...settings, method: "morris" as const, sampleSize: 0, trajectories: 20, levels: 4 };
    const design = sensitivityDesign(spec);
    const means = Float64Array.from(design.points as { unit: Float64Array }[], (p) => p.unit[0] - 5 * p.unit[2]);
    const [analysis] = analyseSensitivity(spec, design, [{ means, variances: new Float64Array(means.length) }]);
    expect(analysis.inputs.map((i) => [i.input, i.rank])).toEqual([["c", 1], ["a", 2], ["b", 3]]);
    expect(analysis.inputs[0].values.mu).toBeCloseTo(-5, 9);
    expect(analysis.noiseShare).toBe(0);
  });
});
