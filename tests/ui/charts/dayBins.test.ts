import { describe, expect, it } from "vitest";
import { binOf, binSums, dayBins } from "../../../src/ui/charts/dayBins";

describe("dayBins", () => {
  it("keeps one bar per day for runs up to a year", () => {
    const { unit, bins } = dayBins(120);
    expect(unit).toBe("day");
    expect(bins).toHaveLength(120);
    expect(bins[0]).toEqual({ start: 1, end: 1 });
  });
  it("bins by week over a year, the last week short", () => {
    const { unit, bins } = dayBins(470);
    expect(unit).toBe("week");
    expect(bins).toHaveLength(68);
    expect(bins[67]).toEqual({ start: 470, end: 470 });
  });
  it("bins a long dated run by calendar month (hessians-1776: 14 Aug 1776 to Nov 1783)", () => {
    const { unit, bins } = dayBins(2650, "1776-08-14");
    expect(unit).toBe("month");
    expect(bins[0]).toEqual({ start: 1, end: 17 }); // 15 to 31 August
    expect(bins[1]).toEqual({ start: 18, end: 47 }); // September 1776
    expect(bins.at(-1)!.end).toBe(2650);
    // Every day 1..2650 in exactly one bin.
    expect(bins.reduce((n, b) => n + b.end - b.start + 1, 0)).toBe(2650);
  });
  it("bins a long undated run by 30 days", () => expect(dayBins(3650).unit).toBe("30 days"));
  it("sums each bin and finds a day's bin (preserving the total)", () => {
    const values = Float64Array.from({ length: 471 }, (_, d) => d % 5);
    const { bins } = dayBins(470);
    const sums = binSums(values, bins);
    expect(sums.reduce((a, b) => a + b, 0)).toBe(values.slice(1).reduce((a, b) => a + b, 0));
    expect(binOf(bins, 1)).toBe(0);
    expect(binOf(bins, 8)).toBe(1);
    expect(binOf(bins, 470)).toBe(67);
  });
});
