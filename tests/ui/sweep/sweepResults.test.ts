/** The cells of a sweep as their runs come in, and the grid CSV of the finished ones. */
import { describe, expect, it } from "vitest";
import { cellStatistics } from "../../../src/sweep/cellStatistics";
import { SweepResults } from "../../../src/ui/sweep/sweepResults";
import { spec, summary } from "./sweepData";

describe("SweepResults", () => {
  it("a cell is finished only with all its runs, and arrival order does not change its statistics", () => {
    const results = new SweepResults(spec);
    expect(results.add(2, 2, summary(2))).toBe(false);
    expect(results.add(2, 0, summary(0))).toBe(false);
    expect(results.add(2, 0, summary(0))).toBe(false); // a repeat does not count twice
    expect(results.add(2, 1, summary(1))).toBe(true);
    expect(results.cellsDone).toBe(1);
    expect(results.cells()[0]).toEqual({ index: 2, values: [0.1, 0.5], stats: cellStatistics([summary(0), summary(1), summary(2)]) });
    const lines = results.gridCsv().split("\n");
    expect(lines[0]).toBe("cell,cells,offer.attractiveness,thresholds.mean,runs,finalShareMean,finalShareP05,finalShareP50,finalShareP95,cascadeProbability,cascadeLow,cascadeHigh,dayPast10Median,dayPast50Median,peakDailyRateMean,spec");
    expect(lines.length).toBe(3);
    expect(lines[1].startsWith("2,6,0.1,0.5,3,")).toBe(true);
    expect(lines[1].endsWith(",page")).toBe(true);
  });
});
