/**
 * The need kernel (deterministic global observation of a fixed army under one common shift) gives
 * the straightforward rule's numbers exactly: on random scenarios it takes, and on thresholds placed
 * on and one ulp beside every boundary k / N (minus the common shift), where a sort-free kernel
 * would first go wrong.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, Simulation, foundationParams, type ModelParams, type RunResult } from "../../../src/model";
import { simulateReference } from "../../../src/model/kernels/reference";
import { GlobalNeedSimulation } from "../../../src/model/kernels/deterministic/globalNeedSimulation";
import { pendingThresholdDraws } from "../../../src/model/population";
import { deterministic, scenario } from "./scenarioArbitrary";
import { nextDown, nextUp } from "./ulp";

function expectSameRun(fast: RunResult, reference: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
  expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
  expect(fast.summary).toEqual(reference.summary);
}

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** Thresholds on, just above and just below k / n - common, in random order, for an army of n. */
function boundaryThresholds(n: number, common: number, random: () => number): number[] {
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(random() * (n + 1));
    const t = k / n - common;
    const pick = Math.floor(random() * 3);
    values.push(Math.min(1, Math.max(0, pick === 0 ? t : pick === 1 ? nextUp(t) : nextDown(t))));
  }
  return values;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

describe("GlobalNeedSimulation", () => {
  it("matches the straightforward rule on random deterministic global scenarios it takes", () => {
    let taken = 0;
    fc.assert(
      fc.property(deterministic(scenario({ scope: "global", maxSize: 200, maxDays: 80 })), seed, (params, s) => {
        if (!GlobalNeedSimulation.applies(params)) return;
        taken++;
        expectSameRun(new GlobalNeedSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 400 },
    );
    expect(taken).toBeGreaterThan(40);
  });

  for (const shift of [0, 0.1, 0.05, 1 / 3]) {
    it(`matches it with thresholds on and one ulp beside every k / N + ${shift.toFixed(3)} (attractiveness ${shift.toFixed(3)})`, () => {
      for (const n of [10, 37, 100, 1000]) {
        for (const [k, initial] of [[1, 1], [2, 0], [3, Math.ceil(n / 20)]] as const) {
          const params: ModelParams = foundationParams({
            size: n,
            days: 60,
            thresholds: { kind: "list", values: boundaryThresholds(n, -shift, lcg(n * 7 + k)) },
            offer: { attractiveness: shift, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 1 },
            initialDefectors: { kind: "count", count: initial },
          });
          expect(GlobalNeedSimulation.applies(params)).toBe(true);
          expectSameRun(new GlobalNeedSimulation(params, k).result(), simulateReference(params, k));
        }
      }
    });
  }

  it("is what Simulation picks for Granovetter's model, and declines a mobilisation or a shift that changes", () => {
    const plain = foundationParams({ size: 100, days: 20, thresholds: { kind: "uniform", min: 0, max: 1 } });
    expect(GlobalNeedSimulation.applies(plain)).toBe(true);
    expect(new Simulation(plain, 1).result().fate).toEqual(simulateReference(plain, 1).fate);
    const mobilised = { ...plain, events: [{ kind: "mobilisation" as const, day: 5, count: 10, thresholds: plain.thresholds, aware: 1 }] };
    expect(GlobalNeedSimulation.applies(mobilised)).toBe(false);
    const setback = { ...plain, events: [{ kind: "setback" as const, day: 5, shift: 0.1, days: null }] };
    expect(GlobalNeedSimulation.applies(setback)).toBe(false);
    const setbackBeforeTheOffer = { ...setback, offer: { ...plain.offer, windows: [{ open: 5, close: null }] } };
    expect(GlobalNeedSimulation.applies(setbackBeforeTheOffer)).toBe(true);
  });

  // Normal thresholds not held: needs through the draws (drawnNormalNeeds.ts), the result's
  // thresholds drawn when read.
  const normalCases: [string, Partial<ModelParams>][] = [
    ["Granovetter's bench case", { thresholds: { kind: "normal", mean: 0.35, sd: 0.2 }, initialDefectors: { kind: "share", share: 0.001 } }],
    ["a wide spread clipped at both ends, attractiveness 0.1", { thresholds: { kind: "normal", mean: 0.5, sd: 0.6 }, offer: { attractiveness: 0.1, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 1 } }],
    ["a narrow spread, attractiveness 1/3, an offer opening on day 3", { thresholds: { kind: "normal", mean: 0.45, sd: 0.05 }, offer: { attractiveness: 1 / 3, windows: [{ open: 3, close: null }], urgency: 0, urgencyDays: 1 } }],
    ["a count threshold of 40 (complex contagion)", { thresholds: { kind: "normal", mean: 0.2, sd: 0.1 }, observation: { scope: "global", globalWeight: 1, local: "network", countThreshold: 40 } as ModelParams["observation"] }],
    ["no spread", { thresholds: { kind: "normal", mean: 0.001, sd: 0 } }],
  ];
  for (const [name, changes] of normalCases) {
    it(`gives the straightforward rule's run with normal thresholds drawn, not held: ${name}`, () => {
      for (const size of [3000, 40_000]) {
        const params = foundationParams({ size, days: 60, initialDefectors: { kind: "count", count: 30 }, ...changes });
        expect(GlobalNeedSimulation.applies(params)).toBe(true);
        for (const s of [1, 2]) {
          const kernel = new GlobalNeedSimulation(params, s);
          kernel.advance();
          expect(pendingThresholdDraws(kernel.population), "thresholds not drawn by the kernel").not.toBeNull();
          const fast = kernel.result();
          const reference = simulateReference(params, s);
          expectSameRun(fast, reference);
          expect(fast.thresholds).toEqual(reference.thresholds);
        }
      }
    });
  }
});
