/** Variant statistics against values computed by hand. */
import { describe, expect, it } from "vitest";
import { variantStatistics } from "../../src/ensemble/variantStatistics";
import type { RunSummary } from "../../src/model";

describe("variant statistics", () => {
  it("summarise runs and pair them with the baseline run by run", () => {
    const baseline = [0.1, 0.2, 0.3, 0.4].map((s) => summary(s, null, false));
    const variant = [summary(0.6, 5, true), summary(0.2, null, false), summary(0.9, 3, true), summary(0.5, 7, true)];
    const stats = variantStatistics(variant, baseline);
    expect(stats.meanFinalShare).toBeCloseTo(0.55, 12);
    // sd = sqrt(0.25 / 3) = 0.2886751, half-width = 1.959964 * sd / 2 = 0.2828965
    expect(stats.meanFinalShareLow).toBeCloseTo(0.55 - 0.2828965, 6);
    expect(stats.cascadeProbability).toBe(0.75);
    expect(stats.medianDayPast50).toBe(5);
    // differences 0.5, 0, 0.6, 0.1 -> sorted 0, 0.1, 0.5, 0.6; median 0.3
    expect(stats.differenceMedian).toBeCloseTo(0.3, 12);
    expect(variantStatistics(baseline, null).differenceMedian).toBeNull();
  });
});

const summary = (finalShare: number, dayPast50: number | null, cascade: boolean): RunSummary => ({
  seed: 0,
  days: 10,
  finalShare,
  finalDefected: 0,
  finalCaught: 0,
  dayPast10: dayPast50,
  dayPast50,
  peakDailyRate: 0,
  peakDay: null,
  cascade,
  finalEvaded: 0,
  finalManpowerDenied: 0,
  finalCaptured: 0,
  finalUnitSurrenders: 0,
});
