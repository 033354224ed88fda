import { describe, expect, it } from "vitest";
import { BATCH_DEFAULTS } from "../../src/batch/batchDefaults";
import { CALIBRATE_DEFAULTS } from "../../src/cli/commands/calibrate";
import { TIPPING_DEFAULTS } from "../../src/cli/commands/tipping";
import { COMPARE_DEFAULTS } from "../../src/cli/commands/compare";
import { SWEEP_DEFAULTS } from "../../src/cli/commands/sweep";
import { CALIBRATE_PANEL_DEFAULTS } from "../../src/ui/calibrate/calibrateForm";
import { TIPPING_PANEL_DEFAULTS } from "../../src/ui/sweep/tippingForm";
import { COMPARISON_DEFAULTS, EMPTY_COMPARISON } from "../../src/ui/compare/comparisonState";
import { SWEEP_FORM_DEFAULTS } from "../../src/ui/sweep/sweepForm";
import { HELP } from "../../src/cli/help";
import { parameterAt } from "../../src/scenario";
import { validateComparison } from "../../src/ensemble/comparisonFile";
import { validateSweep } from "../../src/sweep/sweepSpec";

describe("batch defaults", () => {
  it("the page and the command line read one and the same object for each batch", () => {
    expect(CALIBRATE_PANEL_DEFAULTS).toBe(CALIBRATE_DEFAULTS);
    expect(TIPPING_PANEL_DEFAULTS).toBe(TIPPING_DEFAULTS);
    expect(COMPARISON_DEFAULTS).toBe(COMPARE_DEFAULTS);
    expect(SWEEP_FORM_DEFAULTS).toBe(SWEEP_DEFAULTS);
    expect(CALIBRATE_DEFAULTS).toBe(BATCH_DEFAULTS.calibrate);
  });

  it("are the values chosen in the README: calibrate 20 runs, tipping 50, compare 200, sweep 20, all at most 10,000", () => {
    expect([BATCH_DEFAULTS.calibrate.runs, BATCH_DEFAULTS.tipping.runs, BATCH_DEFAULTS.compare.runs, BATCH_DEFAULTS.sweep.runs]).toEqual([20, 50, 200, 20]);
    expect([BATCH_DEFAULTS.calibrate.maxRuns, BATCH_DEFAULTS.tipping.maxRuns, BATCH_DEFAULTS.compare.maxRuns, BATCH_DEFAULTS.sweep.maxRuns]).toEqual([10_000, 10_000, 10_000, 10_000]);
  });

  it("the largest seed is one number: the registry's, the files' and the help's", () => {
    expect(parameterAt("seed")!.max).toBe(BATCH_DEFAULTS.maxSeed);
    expect(BATCH_DEFAULTS.maxSeed).toBe(2 ** 32 - 1);
    expect(() => validateComparison({ kind: "comparison", masterSeed: BATCH_DEFAULTS.maxSeed + 1, variants: [{ name: "a", scenario: { name: "a" } }] })).toThrow(/masterSeed/);
    expect(HELP.run).toContain(`0 to ${BATCH_DEFAULTS.maxSeed}`);
  });

  it("file formats take their defaults from it", () => {
    const comparison = validateComparison({ kind: "comparison", variants: [{ name: "a", scenario: { name: "a" } }] });
    expect(comparison.runs).toBe(BATCH_DEFAULTS.compare.runs);
    expect(EMPTY_COMPARISON.runs).toBe(BATCH_DEFAULTS.compare.runs);
    const sweep = validateSweep({ kind: "sweep", scenario: { name: "a" }, axes: [{ path: "offer.attractiveness", values: [0.1] }] }, null);
    expect(sweep.runs).toBe(BATCH_DEFAULTS.sweep.runs);
    expect(HELP.calibrate).toContain(`(default ${BATCH_DEFAULTS.calibrate.runs})`);
    expect(HELP.tipping).toContain(`(default ${BATCH_DEFAULTS.tipping.runs})`);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(BATCH_DEFAULTS.calibrate)).toBe(true);
    expect(() => ((BATCH_DEFAULTS.calibrate as { runs: number }).runs = 5)).toThrow(TypeError);
  });
});
