import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/scenario";
import { validateSensitivity } from "../../src/sensitivity/sensitivitySpec";

const base = {
  kind: "sensitivity",
  scenario: { name: "small", parameters: { army: { size: 200, days: 30 }, offer: { attractiveness: 0.1 } } },
  method: "morris",
  inputs: [
    { path: "offer.attractiveness", from: 0, to: 0.2 },
    { path: "awareness.leafletReach", from: 0.0001, to: 0.01, scale: "log-uniform" },
  ],
};

function messages(spec: unknown): string[] {
  try {
    validateSensitivity(spec, null);
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe("validateSensitivity", () => {
  it("fills the defaults: 10 trajectories on 4 levels, 20 runs, every output, the scenario's seed", () => {
    const spec = validateSensitivity(base, null);
    expect([spec.trajectories, spec.levels, spec.runs, spec.masterSeed, spec.points]).toEqual([10, 4, 20, 1, 30]);
    expect(spec.outputs).toEqual(["finalShare", "cascadeProbability", "dayPast10", "dayPast50"]);
    expect(spec.inputs[1]).toEqual({ path: "awareness.leafletReach", low: 0.0001, high: 0.01, scale: "log-uniform", integer: false });
  });

  it("counts Sobol points as N (k + 2) and marks whole-number parameters", () => {
    const spec = validateSensitivity({ ...base, method: "sobol", sampleSize: 64, inputs: [...base.inputs, { path: "offer.urgencyDays", from: 7, to: 28 }] }, null);
    expect(spec.points).toBe(64 * 5);
    expect(spec.inputs[2].integer).toBe(true);
  });

  it("names the field and the allowed range for each bad input, all at once", () => {
    expect(
      messages({
        ...base,
        inputs: [
          { path: "offer.attractiveness", from: 0.3, to: 1.5 },
          { path: "offer.atractiveness", from: 0, to: 1 },
          { path: "awareness.leafletReach", from: 0, to: 0.1, scale: "log-uniform" },
          { path: "opportunity.daily", from: 0.5, to: 0.5 },
          { path: "offer.attractiveness", from: 0, to: 0.1 },
        ],
      }),
    ).toEqual([
      "inputs[0].to: 1.5 is outside offer.attractiveness's range 0 to 1",
      'inputs[1].path: "offer.atractiveness" is not a numeric parameter one can vary (see the parameter table in the README; the seed is set by masterSeed)',
      "inputs[2].from: a log-uniform range needs from above 0, got 0",
      "inputs[3].to: 0.5 must be above from (0.5)",
      'inputs[4].path: "offer.attractiveness" is already an input',
    ]);
  });

  it("refuses method fields of the other method, an odd grid and a sample size that is not a power of two", () => {
    expect(messages({ ...base, sampleSize: 64, levels: 5 })).toEqual(['sampleSize: is for method "sobol", not "morris"', "levels: 5 is not allowed: expected an even number from 2 to 100 (Morris's grid)"]);
    expect(messages({ ...base, method: "sobol", sampleSize: 100, trajectories: 4 })).toEqual([
      'trajectories: is for method "morris", not "sobol"',
      "sampleSize: 100 is not allowed: expected a power of two from 8 to 65,536 (Sobol points balance only in powers of two), e.g. 128",
    ]);
  });

  it("refuses unknown keys, methods and outputs by name", () => {
    expect(messages({ ...base, method: "fast" })).toEqual(['method: expected "morris" or "sobol"']);
    expect(messages({ ...base, outputs: ["finalShare", "manpower"] })[0]).toMatch(/^outputs\[1\]: expected one of finalShare, cascadeProbability, dayPast10, dayPast50, manpowerDenied, got "manpower"/);
    expect(messages({ ...base, runz: 4 })[0]).toMatch(/runz/);
  });

  it("refuses an input the scenario cannot take at its range's ends (thresholds.alpha under normal thresholds)", () => {
    expect(messages({ ...base, inputs: [{ path: "thresholds.alpha", from: 1, to: 5 }] })[0]).toMatch(/^inputs \(all at their from values\): parameters\.thresholds/);
  });

  it("refuses more points than the limit, naming the sample size", () => {
    const inputs = Array.from({ length: 20 }, (_, k) => ({ path: `events.${k}.day`, from: 0, to: 10 }));
    expect(messages({ ...base, method: "sobol", sampleSize: 65536, inputs }).some((m) => /^sampleSize: 1,441,792 sample points is above the limit of 100,000/.test(m))).toBe(true);
  });
});

describe("shipped sensitivity specs", () => {
  const folder = join(dirname(fileURLToPath(import.meta.url)), "../../scenarios/sensitivity");
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")))
    it(`${file} is valid and its inputs are levers of its scenario`, () => {
      const spec = validateSensitivity(JSON.parse(readFileSync(join(folder, file), "utf8")), (path) => ({ object: JSON.parse(readFileSync(join(folder, path), "utf8")), readText: null }));
      expect(spec.inputs.length).toBeGreaterThan(1);
      expect(spec.points).toBeLessThanOrEqual(10_000);
    });
});
