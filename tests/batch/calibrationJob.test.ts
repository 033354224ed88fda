import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runCalibration, withFittedValues } from "../../src/batch/calibrationJob";
import { runTippingSearch } from "../../src/batch/tippingJob";
import { calibrate } from "../../src/calibration/calibrate";
import { ensembleMeans } from "../../src/calibration/ensembleMeans";
import { findTippingPoint } from "../../src/sweep/tippingPoint";
import { parseTarget, scenarioFromObject, setParameter, toModelParams } from "../../src/scenario";

const kuran = JSON.parse(readFileSync(new URL("../../scenarios/kuran-bandwagon.json", import.meta.url), "utf8")) as unknown;
const small = setParameter(kuran as object, "army.size", 300);

describe("calibration and tipping jobs", () => {
  it("a calibration job gives what calibrate gives with the fitted values set on the scenario and validated again", () => {
    const job = { scenario: small, fit: ["offer.attractiveness"], targets: ["defected@day=100:0.5"], runs: 3, seed: 4, ranges: { "offer.attractiveness": [0, 0.1] as [number, number], "thresholds.mean": [0, 1] as [number, number] } };
    const direct = calibrate({
      build: (values) => toModelParams(scenarioFromObject(setParameter(small as object, "offer.attractiveness", values[0]))),
      fit: job.fit,
      targets: job.targets.map((t) => parseTarget(t)),
      runs: 3,
      seed: 4,
      ranges: { "offer.attractiveness": [0, 0.1] },
    });
    expect(runCalibration(job)).toEqual(direct);
  });

  it("fits the leaders' threshold mean: recovers it from a target the model made, with the truth inside the interval", () => {
    // Soldiers never move alone (mean 0.9) and watch their own unit: a unit goes only when its
    // leader's threshold is below the offer's 0.3, and then whole (surrender 1).
    const officers = {
      name: "officers",
      parameters: {
        army: { size: 2000, days: 60, unitSize: 20 },
        thresholds: { distribution: "normal", mean: 0.9, sd: 0.05 },
        observation: { scope: "unit" },
        offer: { attractiveness: 0.3 },
        opportunity: { daily: 0.2 },
        leaders: { share: 1, thresholds: { distribution: "normal", mean: 0.5, sd: 0.15 }, surrender: 1 },
      },
    };
    const truth = 0.45;
    const made = ensembleMeans(toModelParams(scenarioFromObject(setParameter(officers, "leaders.thresholds.mean", truth))), [parseTarget("defected@day=60:0.5")], 6, 50).means[0];
    const result = runCalibration({ scenario: officers, fit: ["leaders.thresholds.mean"], targets: [`defected@day=60:${made}`], runs: 6, seed: 50, ranges: { "leaders.thresholds.mean": [0.2, 0.8] } });
    const [fitted] = result.parameters;
    expect(fitted.path).toBe("leaders.thresholds.mean");
    expect(Math.abs(fitted.value - truth)).toBeLessThan(0.02);
    expect(fitted.low).toBeLessThanOrEqual(truth);
    expect(fitted.high).toBeGreaterThanOrEqual(truth);
    // The soldiers' own mean is left alone.
    expect(toModelParams(scenarioFromObject(withFittedValues(officers, ["leaders.thresholds.mean"], [fitted.value]))).thresholds).toEqual({ kind: "normal", mean: 0.9, sd: 0.05 });
  });

  it("withFittedValues leaves the job's scenario untouched", () => {
    const changed = withFittedValues(small, ["offer.attractiveness"], [0.07]) as { parameters: { offer: { attractiveness: number } } };
    expect(changed.parameters.offer.attractiveness).toBe(0.07);
    expect((small as { parameters: { offer: { attractiveness: number } } }).parameters.offer.attractiveness).not.toBe(0.07);
  });

  it("a tipping job refuses a parameter that is not numeric, naming --param", () => {
    expect(() => runTippingSearch({ scenario: small, path: "offer.charm", range: [0, 1], level: 0.5, runs: 2, seed: 1 })).toThrow(/--param: "offer.charm" is not a numeric parameter/);
  });

  it("a tipping job gives what findTippingPoint gives", () => {
    const job = { scenario: small, path: "offer.attractiveness", range: [0, 0.1] as [number, number], level: 0.5, runs: 3, seed: 2 };
    const direct = findTippingPoint({ ...job, integer: false, build: (v) => toModelParams(scenarioFromObject(setParameter(small as object, job.path, v))) });
    expect(runTippingSearch(job)).toEqual(direct);
  });

  it("a validate wrapper sees every build (the CLI names the file there)", () => {
    let calls = 0;
    runTippingSearch({ scenario: small, path: "offer.attractiveness", range: [0, 0.1], level: 0.5, runs: 2, seed: 2 }, { validate: (load) => (calls++, load()) });
    expect(calls).toBeGreaterThan(2);
  });
});
