/**
 * Sensitivity specs at the boundary: generated specs, valid and not, are each accepted (and then
 * give a design of the promised size with every point's scenario valid) or refused with issues
 * that name their field. Kept apart from boundary.test.ts so the two grow independently.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/scenario";
import { validateSensitivity } from "../../src/sensitivity/sensitivitySpec";
import { sensitivityDesign } from "../../src/sensitivity/sensitivityDesign";
import { pointParams } from "../../src/sensitivity/pointParams";
import { scenarioObject } from "./arbitraries";

const input = fc.record(
  {
    path: fc.constantFrom("offer.attractiveness", "opportunity.daily", "awareness.leafletReach", "offer.urgencyDays", "thresholds.alpha", "seed", "offer.charm", "__proto__"),
    from: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.constant(NaN), fc.constant(0)),
    to: fc.oneof(fc.double({ min: -1, max: 30, noNaN: true }), fc.constant(1)),
    scale: fc.constantFrom("uniform", "log-uniform", "cubic"),
  },
  { requiredKeys: ["path", "from", "to"] },
);

const sensitivityObject = fc.record(
  {
    kind: fc.constantFrom("sensitivity", "sensitivity", "sweep"),
    scenario: scenarioObject(100, 20),
    method: fc.constantFrom("morris", "sobol", "fast"),
    inputs: fc.array(input, { maxLength: 4 }),
    trajectories: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(2.5)),
    levels: fc.integer({ min: 1, max: 7 }),
    sampleSize: fc.constantFrom(8, 12, 16, 0, 1e9),
    runs: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constant(NaN)),
    outputs: fc.array(fc.constantFrom("finalShare", "dayPast50", "manpower"), { maxLength: 3 }),
    tolerance: fc.constantFrom(0.05, 0, 2),
  },
  { requiredKeys: ["kind", "scenario", "method", "inputs"] },
);

// Mostly valid specs, so that accepted ones are common enough to check their designs.
const levers = ["offer.attractiveness", "opportunity.daily", "awareness.leafletReach", "offer.urgencyDays", "deterrence.catchProbability"];
const plausibleObject = fc
  .record({
    method: fc.constantFrom("morris", "sobol"),
    inputs: fc.uniqueArray(fc.record({ path: fc.constantFrom(...levers), from: fc.double({ min: 0.001, max: 0.4, noNaN: true }), width: fc.double({ min: 0.01, max: 0.5, noNaN: true }), scale: fc.constantFrom("uniform", "log-uniform") }), { minLength: 1, maxLength: 4, selector: (i) => i.path }),
    size: fc.integer({ min: 2, max: 4 }),
    runs: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ method, inputs, size, runs }) => ({
    kind: "sensitivity",
    scenario: { name: "tiny", parameters: { army: { size: 50, days: 10 }, offer: { windows: [{ open: 0, close: 5 }] } } },
    method,
    inputs: inputs.map(({ path, from, width, scale }) => (path === "offer.urgencyDays" ? { path, from: 1, to: 1 + Math.round(width * 40), scale } : { path, from, to: from + width, scale })),
    ...(method === "morris" ? { trajectories: size } : { sampleSize: 2 ** (size + 1) }),
    runs,
  }));

describe("fuzzing sensitivity specs", () => {
  it("1,000 specs, wild and plausible: accepted with a design of the promised size and runnable points, or refused with named fields", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(sensitivityObject, plausibleObject), (spec) => {
        let valid;
        try {
          valid = validateSensitivity(spec, null);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) expect(issue.message).not.toMatch(/undefined|\[object Object\]|NaN is outside/);
          return;
        }
        accepted++;
        const design = sensitivityDesign(valid);
        expect(design.points.length).toBe(valid.points);
        // The ends were checked; every point between them must make a valid scenario too.
        for (let p = 0; p < Math.min(design.points.length, 12); p++) expect(pointParams(valid, design, p)).toBeTruthy();
      }),
      { numRuns: 1000, seed: 16 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});
