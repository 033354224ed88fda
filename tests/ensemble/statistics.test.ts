/** Bands and intervals against values computed independently (by hand, numpy and R) on small fixed inputs. */
import { describe, expect, it } from "vitest";
import { quantileSorted } from "../../src/ensemble/quantile";
import { wilsonInterval } from "../../src/ensemble/wilson";
import { dailyBands } from "../../src/ensemble/bands";
import { variantStatistics } from "../../src/ensemble/variantStatistics";
import { ensembleSeed } from "../../src/ensemble/ensembleSeed";
import type { RunSummary } from "../../src/model";

describe("quantiles", () => {
  it("interpolate between order statistics like numpy.quantile and R's type 7", () => {
    // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.9]) = [1.75, 2.5, 3.7]
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantileSorted([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe("Wilson interval", () => {
  it("matches published values", () => {
    // R: binom::binom.wilson(5, 10) gives 0.2365931 to 0.7634069; (0, 20) gives 0 to 0.1611252.
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2365931, 6);
    expect(half.high).toBeCloseTo(0.7634069, 6);
    const none = wilsonInterval(0, 20);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.1611252, 6);
    expect(wilsonInterval(20, 20).high).toBe(1);
  });
});

describe("daily bands", () => {
  it("give each day's median and central ranges across runs", () => {
    const runs = [
      [0, 1, 2],
      [0, 3, 4],
      [0, 5, 9],
      [0, 7, 10],
      [0, 9, 20],
    ];
    const bands = dailyBands(runs);
    expect(Array.from(bands.p50)).toEqual([0, 5, 9]);
    expect(Array.from(bands.p25)).toEqual([0, 3, 4]);
    expect(Array.from(bands.p75)).toEqual([0, 7, 10]);
    expect(bands.p05[1]).toBeCloseTo(1.4, 12); // 1 + 0.2 * (3 - 1)
    expect(bands.p95[2]).toBeCloseTo(18, 12); // 10 + 0.8 * (20 - 10)
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
});

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

describe("ensemble seeds", () => {
  it("share seeds across variants with common random numbers, and not without", () => {
    expect(ensembleSeed(10, 0, 3, 100, true)).toBe(13);
    expect(ensembleSeed(10, 2, 3, 100, true)).toBe(13);
    expect(ensembleSeed(10, 0, 3, 100, false)).toBe(13);
    expect(ensembleSeed(10, 2, 3, 100, false)).toBe(213);
  });
});
