/**
 * Needs under unit observation kept as each soldier's own part plus his unit's shared part
 * (localDecisions.ts with structures/unitParts.ts, units of 16 or more) and as whole keys (smaller
 * units): the event-driven kernel gives the reference's numbers exactly on random armies whose
 * units range from one soldier to more than a block of 64 (units within a block, units across
 * blocks, a block's edge inside a unit), with every event that changes a unit's part: defections,
 * mobilisations (units gaining members), a leader's sway and cohesion (unit shifts), surrenders,
 * capture, seen punishments and their forgetting (pure unit scope), count thresholds.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, foundationParams, type ModelParams, type RunResult } from "../../../../src/model";
import { EventDrivenSimulation } from "../../../../src/model/kernels/eventDriven/eventDrivenSimulation";
import { simulateReference } from "../../../../src/model/kernels/reference";
import { scenario } from "../scenarioArbitrary";

function expectSameRun(fast: RunResult, reference: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
  expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
  expect(fast.summary).toEqual(reference.summary);
}

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function sameAsReference(params: ModelParams, s: number): void {
  expect(EventDrivenSimulation.applies(params)).toBe(true);
  expectSameRun(new EventDrivenSimulation(params, s).result(), simulateReference(params, s));
}

const UNIT_SIZES = [1, 2, 15, 16, 17, 31, 32, 63, 64, 65, 100, 500];

/**
 * A random scenario observed by units of `unitSize`, with 2 to 7 units (at most 3,000 soldiers),
 * mobilisations of up to 2 units' worth, and thresholds near the shares a unit sees, so that
 * parts change a lot and blocks are often scanned. Leaders act only through sway and surrender
 * (their own opportunity and reach the event-driven kernel declines).
 */
const unitArmy = (unitSize: number, scope: "unit" | "mix", armies: "off" | "any", behaviour: "off" | "eventDriven") =>
  fc
    .tuple(scenario({ scope, armies, behaviour, maxSize: 120, maxDays: 60 }), fc.integer({ min: 2, max: 7 }), fc.double({ min: 0.02, max: 2, noNaN: true }))
    .map(([p, units, scale]): ModelParams => {
      const size = Math.min(3000, unitSize * units - (p.size % Math.max(1, Math.floor(unitSize / 2))));
      return {
        ...p,
        size,
        unitSize,
        observation: { ...p.observation, local: "unit" },
        thresholds: p.thresholds.kind === "list" ? { kind: "normal", mean: 0.15, sd: 0.1 } : p.thresholds,
        initialDefectors: p.initialDefectors.kind === "ids" ? { kind: "share", share: 0.05 } : p.initialDefectors,
        leaders: { ...p.leaders, opportunity: null, reach: 1 },
        events: p.events.map((e) =>
          e.kind === "mobilisation" ? { ...e, count: Math.round(e.count * unitSize * scale / 20), thresholds: e.thresholds.kind === "list" ? { kind: "normal", mean: 0.2, sd: 0.1 } : e.thresholds } : e,
        ),
      };
    });

describe("needs under unit observation, kept whole or as own part + the unit's part", () => {
  for (const unitSize of UNIT_SIZES) {
    for (const scope of ["unit", "mix"] as const) {
      it(`give the reference's run with units of ${unitSize} observed by ${scope}`, () => {
        fc.assert(fc.property(unitArmy(unitSize, scope, "off", "off"), seed, sameAsReference), { numRuns: unitSize >= 100 ? 12 : 25 });
      });
    }
  }

  for (const unitSize of [31, 64, 65, 100, 500]) {
    it(`give the reference's run with units of ${unitSize}, leaders, cohesion, capture and behaviour over time`, () => {
      fc.assert(
        fc.property(fc.oneof(unitArmy(unitSize, "unit", "any", "eventDriven"), unitArmy(unitSize, "mix", "any", "eventDriven")), seed, sameAsReference),
        { numRuns: 20 },
      );
    });
  }

  for (const unitSize of [32, 63, 100, 500]) {
    it(`give the reference's run with units of ${unitSize} observed by unit alone, with a punishment's rise seen and forgotten, and count thresholds`, () => {
      const punished = unitArmy(unitSize, "unit", "off", "off").map((p) => ({
        ...p,
        observation: { ...p.observation, countThreshold: p.size % 3 },
        deterrence: { ...p.deterrence, catchProbability: 0.1 + (p.size % 4) * 0.1, punishmentRise: 0.05 + (p.size % 5) * 0.05, punishmentDays: 1 + (p.size % 6) },
      }));
      fc.assert(fc.property(punished, seed, sameAsReference), { numRuns: 20 });
    });
  }

  for (const opportunity of [0.3, 0.04]) {
    it(`give the reference's run when units of one block differ: one unit's part falls while its block-mate's members are judged (opportunity ${opportunity})`, () => {
      // Units of 32: each block holds two. Odd units are hard to move (thresholds 0.9), even ones
      // cascade among themselves: the block's bound must follow the even unit's part, not the odd's.
      // At the lower opportunity soldiers near their need are parked too.
      const thresholds = Array.from({ length: 640 }, (_, i) => (Math.floor(i / 32) % 2 === 1 ? 0.9 : ((i * 7) % 32) / 80));
      const params = foundationParams({
        size: 640,
        days: 200,
        unitSize: 32,
        thresholds: { kind: "list", values: thresholds },
        observation: { scope: "mix", globalWeight: 0.1, local: "unit" },
        initialDefectors: { kind: "ids", ids: [0, 64, 128, 192, 256] },
        opportunity,
      });
      const reference = simulateReference(params, 5);
      expect(reference.summary.finalDefected).toBeGreaterThan(100); // the even units cascade...
      expect(reference.summary.finalDefected).toBeLessThan(330); // ...the odd ones hold
      sameAsReference(params, 5);
    });
  }

  it("give the reference's run when a mobilisation fills a unit with defectors: the unit's share falls and its members stop being willing", () => {
    // Units of 32: unit 1 holds slots 32-47 (8 defectors, 8 soldiers with threshold 0.47, willing
    // at 8/15 defected) until 16 men join it on day 3: then even 15/31 is too few. Unit 0 never moves.
    const thresholds = Array.from({ length: 48 }, (_, i) => (i < 32 ? 0.9 : 0.47));
    const params = foundationParams({
      size: 48,
      days: 30,
      unitSize: 32,
      thresholds: { kind: "list", values: thresholds },
      observation: { scope: "mix", globalWeight: 0.1, local: "unit" },
      initialDefectors: { kind: "ids", ids: [32, 33, 34, 35, 36, 37, 38, 39] },
      opportunity: 0.15,
      events: [{ kind: "mobilisation", day: 3, count: 16, thresholds: { kind: "uniform", min: 0.9, max: 0.9 }, aware: 0 }],
    });
    for (let s = 1; s <= 20; s++) sameAsReference(params, s);
    const runs = Array.from({ length: 20 }, (_, s) => simulateReference(params, s + 1).series.defected);
    expect(runs.some((defected) => defected[30] < 16)).toBe(true); // some stay: the joining stops them
    expect(runs.every((defected) => defected[30] === defected[2])).toBe(true); // nobody defects after the join
  });
});
