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

/** Cohesion always on (capture as drawn); leaders differ in their thresholds only. */
const withCohesion = (p: ModelParams): ModelParams => ({ ...captureOnly(p), cohesion: p.cohesion || (p.size % 2 === 0 ? 0.3 : 0.05) });

describe("cohesion on the event-driven kernel", () => {
  for (const scope of ["unit", "network", "mix"] as const) {
    for (const behaviour of ["off", "eventDriven"] as const) {
      it(`gives the reference's run observed by ${scope}, behaviour over time ${behaviour}, capture as drawn`, () => {
        const armies = scenario({ scope, armies: "any", behaviour, maxSize: 200, maxDays: 60 }).map(withCohesion);
        fc.assert(fc.property(armies, seed, sameAsReference), { numRuns: 150 });
      });
    }
  }

  it("gives the reference's run on larger armies observed by unit and mix (needs over many blocks)", () => {
    const armies = scenario({ scope: "unit", armies: "any", maxSize: 3000, maxDays: 40 }).map(withCohesion);
    const mixed = scenario({ scope: "mix", armies: "any", maxSize: 3000, maxDays: 40 }).map(withCohesion);
    fc.assert(fc.property(fc.oneof(armies, mixed), seed, sameAsReference), { numRuns: 15 });
  });

  it("gives the reference's run with homophily observed by unit and network", () => {
    const divided = fc
      .oneof(scenario({ scope: "unit", armies: "any", divisions: "any", maxSize: 150 }), scenario({ scope: "network", armies: "any", divisions: "any", maxSize: 150 }))
      .map(withCohesion)
      .map((p) => ({ ...p, events: p.events.filter((e) => e.kind !== "mobilisation" || e.joinUnits !== "existing"), observation: { ...p.observation, homophily: p.observation.homophily || 0.6 } }));
    fc.assert(fc.property(divided, seed, sameAsReference), { numRuns: 100 });
  });

  it("men joining a unit raise its cohesion for those already in it (network observation, hand-checked)", () => {
    // Slots 0-3 form unit 0; soldiers 0-2 are the army, slot 3 a man mobilised on day 2. Soldier 0
    // defected at day 0, so soldier 1 (threshold 0.65, whose only neighbour is soldier 0) sees 1 of
    // 1 gone. The offer opens on day 2: cohesion 0.5 x 3/4 in the ranks after the join makes him
    // need 1.025 > 1 (before it, 0.5 x 2/3 would have made 0.983 <= 1).
    const params: ModelParams = {
      ...foundationParams({
        size: 3,
        days: 4,
        unitSize: 4,
        thresholds: { kind: "list", values: [0, 0.65, 2] },
        observation: { scope: "network", globalWeight: 0, local: "network" },
        network: { kind: "edges", edges: Int32Array.from([0, 1]) },
        initialDefectors: { kind: "ids", ids: [0] },
        offer: { attractiveness: 0, windows: [{ open: 2, close: null }], urgency: 0, urgencyDays: 14 },
        events: [{ kind: "mobilisation", day: 2, count: 1, thresholds: { kind: "uniform", min: 2, max: 2 }, aware: 1 }],
      }),
      cohesion: 0.5,
    };
    const fast = new EventDrivenSimulation(params, 1).result();
    expectSameRun(fast, simulateReference(params, 1));
    expect(Array.from(fast.fate)).toEqual([0, -1, -1, -1]);
    const withoutJoin = new EventDrivenSimulation({ ...params, events: [] }, 1).result();
    expect(Array.from(withoutJoin.fate)).toEqual([0, 2, -1]);
  });

  it("is declined under army-wide observation (the threshold ladders cannot follow a unit's shift)", () => {
    fc.assert(
      fc.property(scenario({ scope: "global", armies: "any" }).map(withCohesion), (params) => {
        expect(EventDrivenSimulation.applies(params)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});

/** Leaders always on, swaying and surrendering (own opportunity and reach off: declined); capture and cohesion as drawn. */
const withLeaders = (p: ModelParams): ModelParams => ({
  ...p,
  leaders: {
    ...p.leaders,
    share: p.leaders.share || (p.size % 3 === 0 ? 0.5 : 1),
    influence: p.leaders.influence || (p.size % 2 === 0 ? 0.2 : 0),
    surrender: p.leaders.surrender || (p.size % 5 === 0 ? 0 : 0.5),
    opportunity: null,
    reach: 1,
  },
});

describe("leaders' sway and whole-unit surrender on the event-driven kernel", () => {
  it("draws armies whose leaders sway and whose units surrender (so the checks below check something)", () => {
    const runs = fc.sample(fc.tuple(scenario({ scope: "unit", armies: "any", maxSize: 200, maxDays: 60 }).map(withLeaders), seed), { numRuns: 200, seed: 11 });
    const surrendered = runs.filter(([params, s]) => simulateReference(params, s).summary.finalUnitSurrenders > 0);
    expect(surrendered.length).toBeGreaterThan(15);
    expect(runs.filter(([params]) => params.leaders.influence > 0).length).toBeGreaterThan(50);
  });

  for (const scope of ["unit", "network", "mix"] as const) {
    for (const behaviour of ["off", "eventDriven"] as const) {
      it(`gives the reference's run observed by ${scope}, behaviour over time ${behaviour}, capture and cohesion as drawn`, () => {
        const armies = scenario({ scope, armies: "any", behaviour, maxSize: 200, maxDays: 60 }).map(withLeaders);
        fc.assert(fc.property(armies, seed, sameAsReference), { numRuns: 150 });
      });
    }
  }

  it("gives the reference's run observed army-wide when leaders only surrender (no sway, no cohesion)", () => {
    const armies = scenario({ scope: "global", armies: "any", behaviour: "eventDriven", maxSize: 200, maxDays: 60 })
      .map(withLeaders)
      .map((p) => ({ ...p, cohesion: 0, leaders: { ...p.leaders, influence: 0, surrender: p.leaders.surrender || 0.5 } }));
    fc.assert(fc.property(armies, seed, sameAsReference), { numRuns: 200 });
  });

  it("gives the reference's run on larger armies observed by unit and mix", () => {
    const armies = fc.oneof(scenario({ scope: "unit", armies: "any", maxSize: 3000, maxDays: 40 }), scenario({ scope: "mix", armies: "any", maxSize: 3000, maxDays: 40 })).map(withLeaders);
    fc.assert(fc.property(armies, seed, sameAsReference), { numRuns: 15 });
  });

  it("gives the reference's run with homophily observed by unit and network", () => {
    const divided = fc
      .oneof(scenario({ scope: "unit", armies: "any", divisions: "any", maxSize: 150 }), scenario({ scope: "network", armies: "any", divisions: "any", maxSize: 150 }))
      .map(withLeaders)
      .map((p) => ({ ...p, events: p.events.filter((e) => e.kind !== "mobilisation" || e.joinUnits !== "existing"), observation: { ...p.observation, homophily: p.observation.homophily || 0.6 } }));
    fc.assert(fc.property(divided, seed, sameAsReference), { numRuns: 100 });
  });

  it("when advanced in random slices", () => {
    fc.assert(
      fc.property(scenario({ armies: "any", behaviour: "eventDriven" }).map(withLeaders), seed, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (params, s, slices) => {
        fc.pre(EventDrivenSimulation.applies(params));
        const sim = new EventDrivenSimulation(params, s);
        for (let k = 0; !sim.done; k++) sim.advance(slices[k % slices.length]);
        expectSameRun(sim.result(), simulateReference(params, s));
      }),
      { numRuns: 150 },
    );
  });

  it("are declined with a sway under army-wide observation, with leaders' own opportunity or reach, and with replacements joining existing units", () => {
    const base = scenario({ scope: "unit", armies: "any" }).map(withLeaders);
    fc.assert(
      fc.property(base, (p) => {
        expect(EventDrivenSimulation.applies({ ...p, observation: { ...p.observation, scope: "global" }, leaders: { ...p.leaders, influence: 0.1 } })).toBe(false);
        expect(EventDrivenSimulation.applies({ ...p, leaders: { ...p.leaders, opportunity: 0.5 } })).toBe(false);
        expect(EventDrivenSimulation.applies({ ...p, leaders: { ...p.leaders, reach: 0.5 } })).toBe(false);
        const joining = { kind: "mobilisation" as const, day: 1, count: 3, thresholds: p.thresholds, aware: 0, joinUnits: "existing" as const };
        expect(EventDrivenSimulation.applies({ ...p, observation: { ...p.observation, scope: "network" }, leaders: { ...p.leaders, surrender: 0.5 }, events: [...p.events, joining] })).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
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
