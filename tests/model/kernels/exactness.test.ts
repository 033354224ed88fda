/**
 * The event-driven kernels (used by Simulation for global observation, kept exact for every scope
 * so they can take over the others once faster) give exactly the numbers of the straightforward rule
 * (every soldier visited every day, src/model/kernels/reference.ts): every series column on every
 * day and every soldier's fate, on many random small scenarios mixing every mechanism.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, type ModelParams, type RunResult } from "../../../src/model";
import { EventDrivenSimulation } from "../../../src/model/kernels/eventDrivenSimulation";
import { simulateReference } from "../../../src/model/kernels/reference";
import { scenario } from "./scenarioArbitrary";

function expectSameRun(fast: RunResult, reference: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
  expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
  expect(fast.summary).toEqual(reference.summary);
}

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const sameAsReference = (params: ModelParams, s: number) => expectSameRun(new EventDrivenSimulation(params, s).result(), simulateReference(params, s));

describe("the kernels match the straightforward rule exactly", () => {
  it("on random scenarios mixing every mechanism, scope and event", () => {
    fc.assert(fc.property(scenario(), seed, sameAsReference), { numRuns: 600 });
  });

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`on random scenarios observed by ${scope}`, () => {
      fc.assert(fc.property(scenario({ scope, maxSize: 200, maxDays: 80 }), seed, sameAsReference), { numRuns: 250 });
    });
  }

  it("when advanced in random slices", () => {
    fc.assert(
      fc.property(scenario(), seed, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (params, s, slices) => {
        const sim = new EventDrivenSimulation(params, s);
        for (let k = 0; !sim.done; k++) sim.advance(slices[k % slices.length]);
        expectSameRun(sim.result(), simulateReference(params, s));
      }),
      { numRuns: 150 },
    );
  });
});
