/**
 * What armies do (issue 15) in the event-driven kernel: capture in combat, with or without its
 * news reaching the others, gives exactly the reference's numbers (every series column, every
 * soldier's fate, the summary) on random armies in every scope, with every other mechanism the
 * kernel gives mixed in.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, captureOff, foundationParams, type ModelParams, type RunResult } from "../../../../src/model";
import { streamKey, uniformAt } from "../../../../src/model/random";
import { EventDrivenSimulation } from "../../../../src/model/kernels/eventDriven/eventDrivenSimulation";
import { simulateReference } from "../../../../src/model/kernels/reference";
import { capturesPossible } from "../../../../src/model/captureSchedule";
import { scenario } from "../scenarioArbitrary";

function expectSameRun(fast: RunResult, reference: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
  expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
  expect(fast.summary).toEqual(reference.summary);
}

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** Capture only: leaders differ in their thresholds only, no cohesion. */
const captureOnly = (p: ModelParams): ModelParams => ({ ...p, cohesion: 0, leaders: { ...p.leaders, influence: 0, surrender: 0, opportunity: null, reach: 1 } });

/** Capture always possible: a daily chance, or a combat event if the drawn army has none. */
const withCapture = (p: ModelParams): ModelParams =>
  capturesPossible(p) ? p : { ...p, capture: { ...p.capture, daily: p.size % 3 === 0 ? 0.3 : 0.02 } };

function sameAsReference(params: ModelParams, s: number): void {
  expect(EventDrivenSimulation.applies(params)).toBe(true);
  expectSameRun(new EventDrivenSimulation(params, s).result(), simulateReference(params, s));
}

describe("capture in combat on the event-driven kernel", () => {
  it("draws armies that capture men, with and without the news (so the checks below check something)", () => {
    const runs = fc.sample(fc.tuple(scenario({ armies: "any", maxSize: 200, maxDays: 60 }).map(captureOnly).map(withCapture), seed), { numRuns: 200, seed: 7 });
    const captured = runs.map(([params, s]) => ({ news: params.capture.newsReaches, count: simulateReference(params, s).summary.finalCaptured }));
    expect(captured.filter((r) => r.count > 0 && r.news).length).toBeGreaterThan(30);
    expect(captured.filter((r) => r.count > 0 && !r.news).length).toBeGreaterThan(30);
  });

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    for (const behaviour of ["off", "eventDriven"] as const) {
      it(`gives the reference's run observed by ${scope}, behaviour over time ${behaviour}`, () => {
        const armies = scenario({ scope, armies: "any", behaviour, divisions: "count", maxSize: 200, maxDays: 60 }).map(captureOnly).map(withCapture);
        fc.assert(fc.property(armies, seed, sameAsReference), { numRuns: 150 });
      });
    }
  }

  for (const scope of ["global", "unit", "network"] as const) {
    it(`gives the reference's run with homophily observed by ${scope}`, () => {
      const divided = scenario({ scope, armies: "any", divisions: "any", maxSize: 150, maxDays: 50 })
        .map(captureOnly)
        .map(withCapture)
        .map((p) => ({ ...p, events: p.events.filter((e) => e.kind !== "mobilisation" || e.joinUnits !== "existing"), observation: { ...p.observation, homophily: p.observation.homophily || 0.6 } }));
      fc.assert(fc.property(divided, seed, sameAsReference), { numRuns: 100 });
    });
  }
});

describe("the observed share when men are captured (unit and network scopes)", () => {
  // Soldier 4 watches soldiers 0-3 (his unit of 5, or a star's leaves), who never defect (threshold
  // 2). Combat on day 1 captures each with chance 0.4; the seed is chosen so that exactly two of
  // 0-3 and not soldier 4 are captured. On day 2 soldier 4 sees 2 of 4 gone when the news reaches
  // him (the captured stay in the denominator), none when it does not.
  const chance = 0.4;
  const capturedOnDay1 = (s: number) => [0, 1, 2, 3, 4].filter((i) => uniformAt(streamKey(s, "capture"), i, 1) < chance);
  let chosen = 1;
  while (capturedOnDay1(chosen).length !== 2 || capturedOnDay1(chosen).includes(4)) chosen++;
  const star = Int32Array.from([4, 0, 4, 1, 4, 2, 4, 3]);
  const army = (scope: "unit" | "network", newsReaches: boolean, threshold: number): ModelParams => ({
    ...foundationParams({
      size: 5,
      days: 3,
      unitSize: 5,
      thresholds: { kind: "list", values: [2, 2, 2, 2, threshold] },
      observation: { scope, globalWeight: 0, local: scope },
      network: { kind: "edges", edges: star },
    }),
    capture: { ...captureOff(), newsReaches },
    events: [{ kind: "combat", day: 1, capture: chance, days: 1 }],
  });

  for (const scope of ["unit", "network"] as const) {
    it(`observed by ${scope}: 2 of 4 seen gone with the news, none without; both kernels alike`, () => {
      const fateOf4 = (newsReaches: boolean, threshold: number) => {
        const params = army(scope, newsReaches, threshold);
        const fast = new EventDrivenSimulation(params, chosen).result();
        expectSameRun(fast, simulateReference(params, chosen));
        expect(fast.summary.finalCaptured).toBe(2);
        return fast.fate[4];
      };
      expect(fateOf4(true, 0.5)).toBe(2); // 2/4 >= 0.5
      expect(fateOf4(true, 0.75)).toBe(-1); // 2/4 < 0.75: the captured still count as observed men
      expect(fateOf4(false, 0.5)).toBe(-1); // captured men are not defectors when no news comes
      expect(fateOf4(false, 0.01)).toBe(-1);
    });
  }
});
