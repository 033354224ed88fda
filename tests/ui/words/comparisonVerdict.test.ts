import { describe, expect, it } from "vitest";
import { comparisonVerdict } from "../../../src/ui/words/comparisonVerdict";
import { variantStatistics, type VariantStatistics } from "../../../src/ensemble/variantStatistics";

const stats = (patch: Partial<VariantStatistics>): VariantStatistics => ({
  runs: 200, meanFinalShare: 0.5, meanFinalShareLow: 0.49, meanFinalShareHigh: 0.51, cascadeProbability: 0.71, cascadeLow: 0.6, cascadeHigh: 0.8,
  medianDayPast10: 20, medianDayPast50: 40, differenceMedian: null, differenceP05: null, differenceP95: null, ...patch,
});

describe("comparisonVerdict", () => {
  it("says the paired difference, the cascade chances and that the gain comes later (the issue's example)", () => {
    const text = comparisonVerdict({
      change: "Offer closes: day 100 instead of day 70",
      baseline: stats({}),
      variant: stats({ cascadeProbability: 0.8, medianDayPast50: 71, differenceMedian: 0.022, differenceP05: -0.015, differenceP95: 0.067 }),
      paired: true,
    });
    expect(text).toBe("Offer closes: day 100 instead of day 70: +2.2 points at the end (90% of paired runs \u22121.5 to +6.7), cascade chance 80% vs 71%, but about 30 days later.");
  });
  it("says 'and' when fewer defections also come later, and names unpaired differences", () => {
    const text = comparisonVerdict({ change: "B", baseline: stats({}), variant: stats({ medianDayPast50: 43, differenceMedian: -0.1, differenceP05: -0.2, differenceP95: 0 }), paired: false });
    expect(text).toBe("B: \u221210 points at the end (90% of run-by-run differences, without common random numbers \u221220 to 0), cascade chance 71% vs 71%, and 3 days later.");
  });
  it("says 'no median difference' rather than '0 points'", () => {
    const text = comparisonVerdict({ change: "E", baseline: stats({}), variant: stats({ differenceMedian: 0.0001, differenceP05: -0.007, differenceP95: 0.009 }), paired: true });
    expect(text).toBe("E: no median difference at the end (90% of paired runs \u22120.7 to +0.9), cascade chance 71% vs 71%, reaching 50% at about the same time.");
  });
  it("says when only one side reaches 50%", () => {
    expect(comparisonVerdict({ change: "C", baseline: stats({}), variant: stats({ medianDayPast50: null }), paired: true })).toBe("C: cascade chance 71% vs 71%; its runs never reach 50%.");
  });
  it("reads the statistics the compare view computes", () => {
    const run = (finalShare: number, dayPast50: number | null) => ({ seed: 0, days: 10, finalShare, finalDefected: 0, finalCaught: 0, dayPast10: 1, dayPast50, peakDailyRate: 0, peakDay: 1, cascade: finalShare >= 0.5, finalEvaded: 0, finalManpowerDenied: 0, finalCaptured: 0, finalUnitSurrenders: 0 });
    const baseline = [run(0.4, null), run(0.6, 5), run(0.7, 4)];
    const variant = [run(0.5, 9), run(0.7, 9), run(0.8, 9)];
    const text = comparisonVerdict({ change: "D", baseline: variantStatistics(baseline, null), variant: variantStatistics(variant, baseline), paired: true });
    expect(text).toMatch(/^D: \+10 points at the end \(90% of paired runs \+10 to \+10\), cascade chance 100% vs 67%, but (4\.5|5) days later\.$/);
  });
});
