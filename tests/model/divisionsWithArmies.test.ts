/**
 * Issue 15's two halves together in the reference: divided armies (homophily, replacements joining
 * existing units; model/divisions.ts) with what armies do (capture, leaders; armiesInUse.ts).
 * Captured men whose news reaches the others count through the same path as defectors, so in each
 * group's weighted signal too; replacements who join a unit are in it for its leader's surrender,
 * and their slots lead no unit of their own.
 */
import { describe, expect, it } from "vitest";
import { captureOff, foundationParams, leadersOff, simulate, type ModelParams } from "../../src/model";
import { simulateReference } from "../../src/model/kernels/reference";

const fixed = (t: number) => ({ kind: "uniform" as const, min: t, max: t });

describe("captured men in a divided army", () => {
  // 2,000 soldiers in two subgroups, each seeing only its own (homophily 1) army-wide share, with
  // threshold 0.05; combat on day 1 captures about 10%. No one has defected: only captures move anyone.
  const army = (newsReaches: boolean): ModelParams => ({
    ...foundationParams({
      size: 2000,
      days: 4,
      subgroups: [
        { name: "a", share: 0.5, thresholds: fixed(0.05) },
        { name: "b", share: 0.5, thresholds: fixed(0.05) },
      ],
      observation: { scope: "global", globalWeight: 0, local: "unit", homophily: 1 },
    }),
    capture: { ...captureOff(), newsReaches },
    events: [{ kind: "combat", day: 1, capture: 0.1, days: 1 }],
  });

  it("count in their own group's signal when the news reaches the others (each group sees about 10% of its own gone)", () => {
    const news = simulateReference(army(true), 5);
    expect(news.series.newDefected[2]).toBe(2000 - news.summary.finalCaptured);
  });

  it("count in no one's signal otherwise", () => {
    expect(simulateReference(army(false), 5).series.defected[4]).toBe(0);
  });
});

describe("replacements in a unit that surrenders behind its leader", () => {
  // Units {0, 1} and {2, 3}, led by slots 0 and 2 (threshold 0.3); soldier 1 defected at day 0.
  // Two replacements (threshold 1) join on day 1: slot 4 into unit 0, slot 5 into unit 1.
  const params: ModelParams = {
    ...foundationParams({
      size: 4,
      days: 3,
      unitSize: 2,
      thresholds: { kind: "list", values: [1, 1, 1, 1] },
      observation: { scope: "unit", globalWeight: 0, local: "unit" },
      initialDefectors: { kind: "ids", ids: [1] },
      events: [{ kind: "mobilisation", day: 1, count: 2, thresholds: fixed(1), aware: 1, joinUnits: "existing" }],
    }),
    leaders: { ...leadersOff(), share: 1, thresholds: fixed(0.3), surrender: 1 },
  };

  it("unit 0's leader sees 1 of 2 gone on day 1 and takes his replacement with him; unit 1 and its replacement stay", () => {
    const { fate, summary } = simulateReference(params, 1);
    expect(Array.from(fate)).toEqual([1, 0, -1, -1, 1, -1]);
    expect(summary.finalUnitSurrenders).toBe(1);
  });

  it("a replacement's slot leads nothing: it keeps the replacements' threshold", () => {
    expect(Array.from(simulate(params, 1).thresholds)).toEqual([0.3, 1, 0.3, 1, 1, 1]);
  });
});
