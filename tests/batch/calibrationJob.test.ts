import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runCalibration, withFittedValues } from "../../src/batch/calibrationJob";
import { runTippingSearch } from "../../src/batch/tippingJob";
import { calibrate } from "../../src/calibration/calibrate";
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
