/**
 * The pure parts of the sweep view: the cell-major task list and its seeds, the results store
 * (cells complete only with all runs, in any arrival order, and the CSV of finished cells), the
 * variant name of a cell and the 0.5 contour.
 */
import { describe, expect, it } from "vitest";
import type { RunSummary } from "../../../src/model/result";
import { cellStatistics } from "../../../src/sweep/cellStatistics";
import type { SweepSpec } from "../../../src/sweep/sweepSpec";
import { CELL_OUTPUTS } from "../../../src/sweep/cellStatistics";
import { sweepTasks, cellScenario } from "../../../src/batch/sweepTasks";
import { SweepResults } from "../../../src/ui/sweep/sweepResults";
import { cellVariantName } from "../../../src/ui/sweep/cellVariantName";
import { probabilityContour } from "../../../src/ui/charts/sweep/probabilityContour";

const spec = { name: "s", scenario: {} as SweepSpec["scenario"], scenarioObject: { parameters: { offer: { attractiveness: 0 } } }, axes: [{ path: "offer.attractiveness", values: [0.1, 0.2] }, { path: "thresholds.mean", values: [0.3, 0.4, 0.5] }], runs: 3, masterSeed: 4294967295, cells: 6, outputs: [...CELL_OUTPUTS] } as SweepSpec;

const summary = (k: number): RunSummary => ({ seed: k, days: 10, finalShare: (k % 7) / 7, finalDefected: k, finalCaught: 0, dayPast10: k % 3 ? k : null, dayPast50: null, peakDailyRate: 0.1 * (k % 5) + 0.01 * k, peakDay: 1, cascade: k % 2 === 0, finalEvaded: 0, finalManpowerDenied: k });

describe("sweep view", () => {
  it("tasks are cell-major and run r of every cell uses seed master + r (wrapping at 2^32)", () => {
    const tasks = sweepTasks(spec);
    expect(tasks.length).toBe(18);
    expect(tasks.slice(0, 4)).toEqual([
      { variant: 0, run: 0, seed: 4294967295 },
      { variant: 0, run: 1, seed: 0 },
      { variant: 0, run: 2, seed: 1 },
      { variant: 1, run: 0, seed: 4294967295 },
    ]);
  });

  it("a cell's scenario has its axis values set and leaves the base untouched", () => {
    const object = cellScenario(spec, 5) as { parameters: { offer: { attractiveness: number }; thresholds: { mean: number } } };
    expect(object.parameters.offer.attractiveness).toBe(0.2);
    expect(object.parameters.thresholds.mean).toBe(0.5);
    expect((spec.scenarioObject as { parameters: { offer: { attractiveness: number } } }).parameters.offer.attractiveness).toBe(0);
  });

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

  it("names a cell's variant by the last part of each path", () => {
    expect(cellVariantName(spec.axes, [0.1, 0.30000000000000004])).toBe("attractiveness=0.1, mean=0.3");
  });

  it("the 0.5 contour passes between cell centres, and needs two rows and two columns", () => {
    expect(probabilityContour([0, 1, 0], 3, 1, 10, 10)).toBeNull();
    expect(probabilityContour([0, 0, 0, 0], 2, 2, 10, 10)).toBeNull();
    // Left column 0, right column 1: the crossing is halfway between the centres (x = 5 and 15).
    const d = probabilityContour([0, 1, 0, 1], 2, 2, 10, 10)!;
    expect(d).toMatch(/^M/);
    expect(d).toContain("10,");
  });
});
