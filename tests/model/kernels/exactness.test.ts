/**
 * The fast kernels give exactly the numbers of the straightforward rule (every soldier visited
 * every day, src/model/kernels/reference.ts): every series column on every day and every soldier's
 * fate, on many random small scenarios mixing every mechanism (behaviour over time: the event-driven
 * kernel gives procrastination, fear of closure, forgetting, credibility, extensions and draft evasion;
 * the memory window and punishment news are declined to the reference). The event-driven kernel is checked
 * for every scope (kept exact so it can take over the others once faster), the special kernels for
 * deterministic global and network runs on their own scenarios, and Simulation whichever it picks.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CAPTURED_BASE, SERIES_COLUMNS, type ModelParams, type RunResult } from "../../../src/model";
import { EventDrivenSimulation } from "../../../src/model/kernels/eventDriven/eventDrivenSimulation";
import { simulateReference } from "../../../src/model/kernels/reference";
import { GlobalCutoffSimulation } from "../../../src/model/kernels/deterministic/globalCutoffSimulation";
import { NetworkCascadeSimulation } from "../../../src/model/kernels/deterministic/networkCascadeSimulation";
import { GlobalNeedSimulation } from "../../../src/model/kernels/deterministic/globalNeedSimulation";
import { observesUnits, replacementsJoinUnits } from "../../../src/model/divisions";
import { Simulation } from "../../../src/model";
import { deterministic, scenario } from "./scenarioArbitrary";
import { needsEveryDayOfEverySoldier, usesBehaviourOverTime } from "../../../src/model/behaviourInUse";
import { usesArmyMechanisms } from "../../../src/model/armiesInUse";
import { eventDrivenDeclinesArmies } from "../../../src/model/kernels/eventDriven/armyMechanisms";

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

  for (const scope of ["unit", "network", "mix"] as const) {
    it(`on larger armies observed by ${scope}, whose needs span many blocks`, () => {
      fc.assert(fc.property(scenario({ scope, maxSize: 3000, maxDays: 60 }), seed, sameAsReference), { numRuns: 15 });
    });
  }

  it("with the cutoff kernel on random deterministic global scenarios", () => {
    fc.assert(
      fc.property(deterministic(scenario({ scope: "global", maxSize: 200, maxDays: 80 })), seed, (params, s) => {
        expect(GlobalCutoffSimulation.applies(params)).toBe(true);
        expectSameRun(new GlobalCutoffSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 300 },
    );
  });

  it("with the network cascade kernel on random deterministic network scenarios", () => {
    fc.assert(
      fc.property(deterministic(scenario({ scope: "network", maxSize: 200, maxDays: 80 })), seed, (params, s) => {
        expect(NetworkCascadeSimulation.applies(params)).toBe(true);
        expectSameRun(new NetworkCascadeSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 300 },
    );
  });

  it("through Simulation, whichever kernel it picks", () => {
    fc.assert(
      fc.property(fc.oneof(scenario(), deterministic(scenario())), seed, (params, s) => expectSameRun(new Simulation(params, s).result(), simulateReference(params, s))),
      { numRuns: 300 },
    );
  });

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

  it("through Simulation advanced in random slices, deterministic scenarios included", () => {
    fc.assert(
      fc.property(fc.oneof(scenario(), deterministic(scenario())), seed, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (params, s, slices) => {
        const sim = new Simulation(params, s);
        for (let k = 0; !sim.done; k++) sim.advance(slices[k % slices.length]);
        expectSameRun(sim.result(), simulateReference(params, s));
      }),
      { numRuns: 150 },
    );
  });

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`with procrastination (acting rate, deadline pull) and fear of closure, observed by ${scope}`, () => {
      fc.assert(fc.property(scenario({ scope, behaviour: "acting", maxSize: 200, maxDays: 80 }), seed, sameAsReference), { numRuns: 200 });
    });
  }

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`with forgetting (and hearing again, procrastination, fear of closure), observed by ${scope}`, () => {
      fc.assert(
        fc.property(scenario({ scope, behaviour: "forgetting", maxSize: 200, maxDays: 80 }), seed, (params, s) => {
          expect(EventDrivenSimulation.applies(params)).toBe(true);
          sameAsReference(params, s);
        }),
        { numRuns: 200 },
      );
    });
  }

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`with forgetting on larger armies and longer runs observed by ${scope}`, () => {
      fc.assert(fc.property(scenario({ scope, behaviour: "forgetting", maxSize: 2000, maxDays: 150 }), seed, sameAsReference), { numRuns: 12 });
    });
  }

  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`with credibility below 1, extensions that cost it and draft evasion (and forgetting, procrastination, fear of closure), observed by ${scope}`, () => {
      fc.assert(
        fc.property(scenario({ scope, behaviour: "eventDriven", maxSize: 200, maxDays: 80 }), seed, (params, s) => {
          expect(EventDrivenSimulation.applies(params)).toBe(true);
          sameAsReference(params, s);
        }),
        { numRuns: 200 },
      );
    });
  }

  it("with credibility, extensions and draft evasion when advanced in random slices", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "eventDriven" }), seed, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (params, s, slices) => {
        const sim = new EventDrivenSimulation(params, s);
        for (let k = 0; !sim.done; k++) sim.advance(slices[k % slices.length]);
        expectSameRun(sim.result(), simulateReference(params, s));
      }),
      { numRuns: 150 },
    );
  });

  it("with forgetting when advanced in random slices", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "forgetting" }), seed, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }), (params, s, slices) => {
        const sim = new EventDrivenSimulation(params, s);
        for (let k = 0; !sim.done; k++) sim.advance(slices[k % slices.length]);
        expectSameRun(sim.result(), simulateReference(params, s));
      }),
      { numRuns: 150 },
    );
  });

  it("every fast kernel declines a scenario using a behaviour-over-time mechanism, and Simulation gives the reference's run", () => {
    fc.assert(
      fc.property(fc.oneof(scenario({ behaviour: "any" }), deterministic(scenario({ behaviour: "any" }))), seed, (params, s) => {
        if (usesBehaviourOverTime(params)) {
          for (const kernel of [GlobalCutoffSimulation, NetworkCascadeSimulation]) expect(kernel.applies(params), kernel.name).toBe(false);
        }
        if (needsEveryDayOfEverySoldier(params)) expect(EventDrivenSimulation.applies(params)).toBe(false);
        expectSameRun(new Simulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 200 },
    );
  });
});

describe("complex contagion and divided armies (issue 15)", () => {
  for (const scope of ["global", "unit", "network", "mix"] as const) {
    it(`count thresholds are given exactly by the event-driven kernel, observed by ${scope}`, () => {
      const withCount = scenario({ scope, maxSize: 200, maxDays: 80 }).map((p) => ({ ...p, observation: { ...p.observation, countThreshold: 1 + (p.size % 4) } }));
      fc.assert(fc.property(withCount, seed, sameAsReference), { numRuns: 150 });
    });
  }

  it("count thresholds are given exactly by the cutoff and need kernels (deterministic global runs)", () => {
    const withCount = deterministic(scenario({ scope: "global", maxSize: 200, maxDays: 80 })).map((p) => ({ ...p, observation: { ...p.observation, countThreshold: 1 + (p.size % 5) } }));
    fc.assert(
      fc.property(withCount, seed, (params, s) => {
        expectSameRun(new GlobalCutoffSimulation(params, s).result(), simulateReference(params, s));
        if (GlobalNeedSimulation.applies(params)) expectSameRun(new GlobalNeedSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 200 },
    );
  });

  it("count thresholds are given exactly by the network cascade kernel (deterministic network runs)", () => {
    const withCount = deterministic(scenario({ scope: "network", maxSize: 200, maxDays: 80 })).map((p) => ({ ...p, observation: { ...p.observation, countThreshold: 1 + (p.size % 4) } }));
    fc.assert(
      fc.property(withCount, seed, (params, s) => {
        expect(NetworkCascadeSimulation.applies(params)).toBe(true);
        expectSameRun(new NetworkCascadeSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 200 },
    );
  });

  it("homophily and replacements joining observed units are declined by the fast kernels, and Simulation gives the reference's run", () => {
    fc.assert(
      fc.property(fc.oneof(scenario({ divisions: "any" }), deterministic(scenario({ divisions: "any" }))), seed, (params, s) => {
        if ((params.observation.homophily ?? 0) > 0) {
          for (const kernel of [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation]) expect(kernel.applies(params), kernel.name).toBe(false);
          if (params.observation.scope === "mix") expect(EventDrivenSimulation.applies(params)).toBe(false);
        }
        if (replacementsJoinUnits(params) && observesUnits(params)) expect(EventDrivenSimulation.applies(params)).toBe(false);
        expectSameRun(new Simulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 300 },
    );
  });

  for (const scope of ["global", "unit", "network"] as const) {
    it(`homophily observed by ${scope} is given exactly by the event-driven kernel, count thresholds and subgroup treatment included`, () => {
      const divided = scenario({ scope, divisions: "any", maxSize: 200, maxDays: 80 }).map((p) => ({
        ...p,
        events: p.events.filter((e) => e.kind !== "mobilisation" || e.joinUnits !== "existing"),
        observation: { ...p.observation, homophily: p.size % 4 === 0 ? 1 : p.observation.homophily || 0.6 },
      }));
      fc.assert(
        fc.property(fc.oneof(divided, deterministic(divided)), seed, (params, s) => {
          expect(EventDrivenSimulation.applies(params)).toBe(true);
          sameAsReference(params, s);
        }),
        { numRuns: 250 },
      );
    });
  }

  it("per-subgroup ineligibility and families are given exactly by every kernel (they only change who is drawn)", () => {
    const perGroup = scenario({ divisions: "any" }).map((p) => ({ ...p, observation: { ...p.observation, homophily: 0 }, events: p.events.filter((e) => e.kind !== "mobilisation" || e.joinUnits !== "existing") }));
    fc.assert(fc.property(fc.oneof(perGroup, deterministic(perGroup)), seed, (params, s) => {
      expectSameRun(new EventDrivenSimulation(params, s).result(), simulateReference(params, s));
      expectSameRun(new Simulation(params, s).result(), simulateReference(params, s));
    }), { numRuns: 300 });
  });
});

describe("what armies do (issue 15): exact in the fast kernels or declined by them", () => {
  /** Leaders whose only difference is their own thresholds: every other leader field at its off value. */
  const ownThresholdsOnly = (p: ModelParams): ModelParams => ({ ...p, leaders: { ...p.leaders, influence: 0, surrender: 0, opportunity: null, reach: 1 } });

  it("the deterministic kernels decline capture, a leader's sway and cohesion, the event-driven kernel what it does not give, and Simulation gives the reference's run", () => {
    fc.assert(
      fc.property(fc.oneof(scenario({ armies: "any" }), deterministic(scenario({ armies: "any" }))), seed, (params, s) => {
        if (usesArmyMechanisms(params)) {
          for (const kernel of [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation]) expect(kernel.applies(params), kernel.name).toBe(false);
        }
        if (eventDrivenDeclinesArmies(params)) expect(EventDrivenSimulation.applies(params)).toBe(false);
        expectSameRun(new Simulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 300 },
    );
  });

  it("the event-driven kernel gives leaders with their own thresholds exactly, in every scope", () => {
    fc.assert(
      fc.property(scenario({ armies: "any" }).map(ownThresholdsOnly).map((p) => ({ ...p, cohesion: 0, capture: { daily: 0, newsReaches: p.capture.newsReaches }, events: p.events.filter((e) => e.kind !== "combat") })), seed, (params, s) => {
        expect(usesArmyMechanisms(params)).toBe(false);
        sameAsReference(params, s);
      }),
      { numRuns: 300 },
    );
  });

  it("the deterministic kernels give leaders with their own thresholds exactly", () => {
    const own = (scope: "global" | "network") =>
      deterministic(scenario({ scope, armies: "any" })).map(ownThresholdsOnly).map((p) => ({ ...p, cohesion: 0, capture: { daily: 0, newsReaches: false }, events: p.events.filter((e) => e.kind !== "combat") }));
    fc.assert(
      fc.property(own("global"), seed, (params, s) => {
        expect(GlobalCutoffSimulation.applies(params)).toBe(true);
        expectSameRun(new GlobalCutoffSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(own("network"), seed, (params, s) => {
        expect(NetworkCascadeSimulation.applies(params)).toBe(true);
        expectSameRun(new NetworkCascadeSimulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 200 },
    );
  });

  it("the reference keeps its books: loyal + defected + caught + captured = army, and no one leaves twice", () => {
    fc.assert(
      fc.property(scenario({ armies: "any", behaviour: "any" }), seed, (params, s) => {
        const { series, fate } = simulateReference(params, s);
        for (let d = 0; d <= params.days; d++) {
          expect(series.loyal[d] + series.defected[d] + series.caught[d] + series.captured[d]).toBe(series.army[d]);
          if (d > 0) {
            expect(series.captured[d] - series.captured[d - 1]).toBe(series.newCaptured[d]);
            expect(series.unitSurrenders[d] - series.unitSurrenders[d - 1]).toBe(series.newUnitSurrenders[d]);
            expect(series.defected[d] - series.defected[d - 1]).toBe(series.newDefected[d]);
          }
        }
        let captured = 0;
        for (const f of fate) if (f <= CAPTURED_BASE) captured++;
        expect(captured).toBe(series.captured[params.days]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("issue 15's two halves together: divided armies with what armies do", () => {
  it("a fast kernel takes a run only if it gives every mechanism in it (the declines are the union), and gives it exactly", () => {
    const both = scenario({ armies: "any", divisions: "any", behaviour: "eventDriven", maxSize: 150 });
    fc.assert(
      fc.property(fc.oneof(both, deterministic(both)), seed, (params, s) => {
        const homophily = (params.observation.homophily ?? 0) > 0;
        if (usesArmyMechanisms(params)) {
          for (const kernel of [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation]) expect(kernel.applies(params), kernel.name).toBe(false);
        }
        if (eventDrivenDeclinesArmies(params)) expect(EventDrivenSimulation.applies(params)).toBe(false);
        if (homophily) for (const kernel of [GlobalNeedSimulation, GlobalCutoffSimulation, NetworkCascadeSimulation]) expect(kernel.applies(params), kernel.name).toBe(false);
        if ((homophily && params.observation.scope === "mix") || (replacementsJoinUnits(params) && observesUnits(params))) expect(EventDrivenSimulation.applies(params)).toBe(false);
        if (EventDrivenSimulation.applies(params)) expectSameRun(new EventDrivenSimulation(params, s).result(), simulateReference(params, s));
        expectSameRun(new Simulation(params, s).result(), simulateReference(params, s));
      }),
      { numRuns: 300 },
    );
  });

  it("the reference keeps its books with homophily, replacements, capture, leaders and cohesion together", () => {
    fc.assert(
      fc.property(scenario({ armies: "any", divisions: "any", behaviour: "any" }), seed, (params, s) => {
        const { series, fate } = simulateReference(params, s);
        for (let d = 0; d <= params.days; d++) {
          expect(series.loyal[d] + series.defected[d] + series.caught[d] + series.captured[d]).toBe(series.army[d]);
        }
        let captured = 0;
        for (const f of fate) if (f <= CAPTURED_BASE) captured++;
        expect(captured).toBe(series.captured[params.days]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the reference with behaviour over time keeps its books", () => {
  it("loyal + defected + caught = army, manpower denied = defected + caught + evaded, and every called-up man joins or evades", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "any" }), seed, (params, s) => {
        const { series } = simulateReference(params, s);
        for (let d = 0; d <= params.days; d++) {
          expect(series.loyal[d] + series.defected[d] + series.caught[d]).toBe(series.army[d]);
          expect(series.manpowerDenied[d]).toBe(series.defected[d] + series.caught[d] + series.evaded[d]);
          let calledUp = params.size;
          for (const e of params.events) if (e.kind === "mobilisation" && Math.max(1, e.day) <= d) calledUp += e.count;
          expect(series.army[d] + series.evaded[d]).toBe(calledUp);
          expect(series.aware[d]).toBeLessThanOrEqual(series.army[d]);
          if (d > 0) expect(series.defected[d]).toBeGreaterThanOrEqual(series.defected[d - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
