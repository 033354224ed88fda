import { describe, expect, test } from "vitest";
import type { OutputAnalysis } from "../../../src/sensitivity/sensitivityAnalysis";
import { leverSentence } from "../../../src/ui/sensitivity/leverSentence";

const interval = (x: number) => ({ low: x * 0.8, high: x * 1.2 });
function sobol(totals: number[], firsts: number[], findings = 0): OutputAnalysis {
  return {
    output: "finalShare",
    noiseShare: 0.0031,
    findings: Array.from({ length: findings }, () => ({ input: "", message: "too wide" })) as OutputAnalysis["findings"],
    inputs: totals.map((total, i) => ({ input: `p${i}`, rank: i + 1, values: { total, first: firsts[i] }, intervals: { total: interval(total), first: interval(firsts[i]) }, warning: "" })),
  };
}
function morris(muStars: number[]): OutputAnalysis {
  return { output: "finalShare", noiseShare: null, findings: [], inputs: muStars.map((muStar, i) => ({ input: `p${i}`, rank: i + 1, values: { muStar, mu: muStar, sigma: 0 }, intervals: { muStar: interval(muStar) }, warning: "" })) };
}
const label = (path: string) => path.toUpperCase();

describe("leverSentence", () => {
  test("Sobol: names the levers with a total index of 0.1 or more and sums what they explain", () => {
    const text = leverSentence("sobol", sobol([0.6, 0.3, 0.02], [0.5, 0.2, 0.01]), "Final share defected", label);
    expect(text).toContain("depends most on P0 (total index 0.6, 95% interval 0.48 to 0.72) and P1 (total index 0.3");
    expect(text).toContain("explain 70% of its variance");
    expect(text).toContain("up to 90% with interactions");
    expect(text).toContain("The other lever touches less than 10%");
    expect(text).toContain("Simulation noise is 0.31%");
  });

  test("Sobol: more than three levers that matter are counted, not left out", () => {
    const text = leverSentence("sobol", sobol([0.4, 0.3, 0.2, 0.15, 0.01], [0.3, 0.2, 0.1, 0.1, 0]), "Final share defected", label);
    expect(text).toContain("One more lever touches 10% or more");
    expect(text).toContain("The other lever touches less than 10%");
  });

  test("Sobol: says when no lever matters, and when the sample is too small", () => {
    expect(leverSentence("sobol", sobol([0.05, 0.01], [0.04, 0]), "Final share defected", label)).toContain("No lever touches 10% or more of the variance of the final share defected");
    expect(leverSentence("sobol", sobol([0.5], [0.5], 1), "Final share defected", label)).toContain("The sample is too small");
  });

  test("Morris: names the levers with at least a fifth of the largest mu* and their part of all effects", () => {
    const text = leverSentence("morris", morris([0.2, 0.1, 0.05, 0.01]), "Day past 10%", label);
    expect(text).toContain("The day past 10% moves most with P0 (mu* 0.2, 95% interval 0.16 to 0.24), P1 (mu* 0.1");
    expect(text).toContain("P2 (mu* 0.05");
    expect(text).toContain(`carry ${Math.round((0.35 / 0.36) * 100)}% of all levers' mean absolute effects`);
    expect(text).toContain("The other lever moves it less than a fifth as much as P0");
    expect(leverSentence("morris", morris([0, 0]), "Final share defected", label)).toBe("No lever moved the final share defected over these ranges.");
  });
});
