/**
 * Behaviour over time (MODEL.md; docs/model.md "Behaviour over time"): hand-checked small armies
 * for each mechanism, and with common random numbers (one seed, soldier i's draws shared) the
 * directions the issue names: credibility 0 removes every deadline effect, an extension that costs
 * credibility lowers take-up after it, fear of closure raises open-ended take-up, and evasion
 * lowers the army by exactly the evaders.
 */
import { describe, expect, it } from "vitest";
import { behaviourOff, foundationParams, simulate, CAUGHT_BASE, type BehaviourParams, type ModelParams, type RunResult } from "../../src/model";
import { actOn } from "../../src/model/schedule";

const withBehaviour = (params: ModelParams, behaviour: Partial<BehaviourParams>): ModelParams => ({ ...params, behaviour: { ...behaviourOff(), ...params.behaviour, ...behaviour } });
const list = (values: number[]) => ({ kind: "list" as const, values });
const column = (r: RunResult, name: "defected" | "aware" | "army" | "evaded" | "loyal") => Array.from(r.series[name]);

/** Every soldier willing from day 1 (threshold 0): only acting, belief and the window decide when he goes. */
const willing = (overrides: Partial<ModelParams> = {}) =>
  foundationParams({ size: 3000, days: 80, thresholds: { kind: "uniform", min: 0, max: 0 }, ...overrides });

describe("memory of the signal", () => {
  // Soldier 0 defected on day 0; soldier 1 defects when he sees a third of the army gone.
  const army = (open: number, memoryDays: number | null) =>
    withBehaviour(
      foundationParams({ size: 3, days: 8, thresholds: list([0, 1 / 3, 1]), initialDefectors: { kind: "ids", ids: [0] }, offer: { attractiveness: 0, windows: [{ open, close: null }], urgency: 0, urgencyDays: 14 } }),
      { memoryDays },
    );

  // The same army seen through a unit of 3, a network tie 0-1 and a half-and-half mix: soldier 1's
  // threshold is exactly the share he sees while soldier 0's defection counts.
  const scopes: Array<[string, Partial<ModelParams>, number]> = [
    ["unit", { unitSize: 3, observation: { scope: "unit", globalWeight: 0, local: "unit" } }, 1 / 2],
    ["network", { observation: { scope: "network", globalWeight: 0, local: "network" }, network: { kind: "edges", edges: Int32Array.from([0, 1]) } }, 1],
    ["mix", { unitSize: 3, observation: { scope: "mix", globalWeight: 0.5, local: "unit" } }, 0.5 * (1 / 3) + (1 - 0.5) * (1 / 2)],
  ];
  for (const [scope, observed, seen] of scopes) {
    it(`under ${scope} observation too, W = 2 stops a day-0 defection counting on day 3`, () => {
      const local = (open: number, memoryDays: number | null) => {
        const p = army(open, memoryDays);
        return { ...p, ...observed, thresholds: list([0, seen, 1]) };
      };
      expect(simulate(local(2, 2), 1).fate[1]).toBe(2);
      expect(simulate(local(3, 2), 1).fate[1]).toBe(-1);
      expect(simulate(local(3, null), 1).fate[1]).toBe(3);
    });
  }

  it("with W = 2 a day-0 defection counts on days 1 and 2 and stops counting on day 3", () => {
    expect(simulate(army(2, 2), 1).fate[1]).toBe(2);
    expect(simulate(army(3, 2), 1).fate[1]).toBe(-1);
    expect(simulate(army(3, null), 1).fate[1]).toBe(3);
    expect(simulate(army(3, 3), 1).fate[1]).toBe(3);
  });
});

describe("forgetting", () => {
  // Soldier 1 (threshold 0) knows of the offer at day 0; it opens on day 3; a campaign on day 5 reaches everyone.
  const army = (forgetRate: number) =>
    withBehaviour(
      foundationParams({
        size: 2,
        days: 8,
        thresholds: list([1, 0]),
        offer: { attractiveness: 0, windows: [{ open: 3, close: null }], urgency: 0, urgencyDays: 14 },
        events: [{ kind: "leaflets", day: 5, reach: 1 }],
      }),
      { forgetRate },
    );

  it("a soldier who forgets before the offer opens defects only when he hears of it again", () => {
    expect(simulate(army(0), 1).fate[1]).toBe(3);
    const forgetful = simulate(army(1), 1);
    expect(forgetful.fate[1]).toBe(5);
    // Everyone forgets after day 1's decisions; soldier 0 (never willing) forgets again after hearing on day 5.
    expect(column(forgetful, "aware")).toEqual([2, 0, 0, 0, 0, 1, 1, 1, 1]);
  });
});

describe("acting and the deadline pull", () => {
  it("act(d) is the acting rate far from a deadline and rises linearly to 1 on the last open day", () => {
    expect(actOn(Infinity, 0.1, 5)).toBe(0.1);
    expect(actOn(6, 0.1, 5)).toBe(0.1);
    expect(actOn(5, 0.1, 5)).toBeCloseTo(0.1 + 0.9 * 0.2, 12);
    expect(actOn(1, 0.1, 5)).toBe(1);
    expect(actOn(3, 1, 5)).toBe(1);
  });

  it("with an open-ended offer about actRate of the willing act each day; a believed deadline empties the army on its last day", () => {
    const open = simulate(withBehaviour(willing(), { actRate: 0.1 }), 2);
    for (const d of [1, 5, 20]) expect(open.series.defected[d] / 3000).toBeGreaterThan(1 - 0.9 ** d - 0.03);
    for (const d of [1, 5, 20]) expect(open.series.defected[d] / 3000).toBeLessThan(1 - 0.9 ** d + 0.03);
    const deadline = simulate(withBehaviour(willing({ offer: { attractiveness: 0, windows: [{ open: 0, close: 11 }], urgency: 0, urgencyDays: 14 } }), { actRate: 0.1, pullDays: 5 }), 2);
    expect(deadline.series.loyal[10]).toBe(0);
    expect(deadline.series.loyal[9]).toBeGreaterThan(0);
  });
});

describe("credibility", () => {
  const offer = (close: number | null, urgency: number) => ({ attractiveness: 0.1, windows: [{ open: 0, close }], urgency, urgencyDays: 20 });
  const army = (close: number | null, urgency: number, credibility: number) =>
    withBehaviour(foundationParams({ size: 3000, days: 60, thresholds: { kind: "normal", mean: 0.3, sd: 0.15 }, opportunity: 0.3, offer: offer(close, urgency) }), { actRate: 0.05, pullDays: 15, credibility });

  it("credibility 0 removes every deadline effect: until it closes, a deadline run is the open-ended run, urgency or not", () => {
    for (const seed of [1, 2, 3]) {
      const openEnded = column(simulate(army(null, 0, 0), seed), "defected").slice(0, 40);
      expect(column(simulate(army(40, 0.1, 0), seed), "defected").slice(0, 40)).toEqual(openEnded);
      expect(column(simulate(army(40, 0, 0), seed), "defected").slice(0, 40)).toEqual(openEnded);
      // ... whereas believed, the same deadline pulls defections forward.
      expect(simulate(army(40, 0.1, 1), seed).series.defected[39]).toBeGreaterThan(simulate(army(null, 0, 1), seed).series.defected[39] + 200);
    }
  });

  it("an extension that costs credibility lowers take-up after it, day by day, and changes nothing before it", () => {
    const extended = (credibilityLoss: number) =>
      withBehaviour(
        willing({ offer: { attractiveness: 0, windows: [{ open: 0, close: 30 }], urgency: 0, urgencyDays: 14 }, events: [{ kind: "extend", day: 25, window: 0, close: 60, credibilityLoss }] }),
        { actRate: 0.02, pullDays: 5 },
      );
    for (const seed of [1, 2]) {
      const kept = column(simulate(extended(0), seed), "defected");
      const lost = column(simulate(extended(0.8), seed), "defected");
      expect(lost.slice(0, 25)).toEqual(kept.slice(0, 25));
      for (let d = 25; d <= 80; d++) expect(lost[d]).toBeLessThanOrEqual(kept[d]);
      expect(lost[59]).toBeLessThan(kept[59] - 300);
    }
  });

  it("an extension moves the close: the offer stays open to the new day", () => {
    const run = simulate(willing({ offer: { attractiveness: 0, windows: [{ open: 0, close: 5 }], urgency: 0, urgencyDays: 14 }, size: 100, behaviour: { ...behaviourOff(), actRate: 0.01, pullDays: 0 }, events: [{ kind: "extend", day: 3, window: 0, close: 50, credibilityLoss: 0 }] }), 1);
    expect(run.series.defected[49]).toBeGreaterThan(run.series.defected[5]);
    expect(run.series.newDefected[50]).toBe(0);
  });
});

describe("fear of closure", () => {
  it("raises open-ended take-up on every day, soldier by soldier", () => {
    for (const seed of [1, 2]) {
      const calm = column(simulate(withBehaviour(willing(), { actRate: 0.05, pullDays: 10 }), seed), "defected");
      const fearful = column(simulate(withBehaviour(willing(), { actRate: 0.05, pullDays: 10, closureFear: 0.2 }), seed), "defected");
      for (let d = 0; d <= 80; d++) expect(fearful[d]).toBeGreaterThanOrEqual(calm[d]);
      // 1 / 0.2 = 5 days ahead with a 10-day horizon: act = 0.05 + 0.95 * 0.6 = 0.62 a day.
      expect(fearful[1] / 3000).toBeGreaterThan(0.58);
      expect(fearful[1] / 3000).toBeLessThan(0.66);
      expect(calm[1] / 3000).toBeLessThan(0.07);
    }
  });
});

describe("news of punishment", () => {
  // Soldier 0 tries on day 1 and is caught; soldier 1 (same threshold 0) is mobilised on day 3.
  const army = (behaviour: Partial<BehaviourParams>) =>
    withBehaviour(
      foundationParams({
        size: 1,
        days: 10,
        unitSize: 1,
        thresholds: list([0]),
        deterrence: { catchProbability: 1, punishmentRise: 0.5, punishmentDays: 3, reprisal: 0, familyShare: 0 },
        events: [{ kind: "mobilisation", day: 3, count: 1, thresholds: list([0]), aware: 1 }],
      }),
      behaviour,
    );

  it("a catch on day 1 deters on days 2-4; delayed by 2 days, on days 4-6; local news never reaches another unit", () => {
    expect(simulate(army({}), 1).fate[1]).toBe(CAUGHT_BASE - 5);
    expect(simulate(army({ punishmentDelay: 2 }), 1).fate[1]).toBe(CAUGHT_BASE - 3);
    expect(simulate(army({ punishmentDelay: 1 }), 1).fate[1]).toBe(CAUGHT_BASE - 6);
    expect(simulate(army({ punishmentNews: "local" }), 1).fate[1]).toBe(CAUGHT_BASE - 3);
  });
});

describe("draft evasion", () => {
  const army = (draftEvasion: number, offerEvasion: number, open: number) =>
    withBehaviour(
      foundationParams({
        size: 1000,
        days: 40,
        thresholds: { kind: "normal", mean: 0.2, sd: 0.1 },
        offer: { attractiveness: 0.1, windows: [{ open, close: null }], urgency: 0, urgencyDays: 14 },
        events: [{ kind: "mobilisation", day: 10, count: 2000, thresholds: { kind: "normal", mean: 0.4, sd: 0.1 }, aware: 0.5 }],
      }),
      { draftEvasion, offerEvasion },
    );

  it("lowers the mobilised army by exactly the evaders, and manpower denied counts them", () => {
    const none = simulate(army(0, 0, 0), 4);
    const some = simulate(army(0.2, 0, 0), 4);
    expect(some.summary.finalEvaded).toBeGreaterThan(300);
    for (let d = 0; d <= 40; d++) {
      expect(none.series.army[d] - some.series.army[d]).toBe(some.series.evaded[d]);
      expect(some.series.manpowerDenied[d]).toBe(some.series.defected[d] + some.series.caught[d] + some.series.evaded[d]);
    }
    expect(column(some, "evaded").slice(0, 10).every((v) => v === 0)).toBe(true);
  });

  it("an offer covering evaders raises evasion only when it is open on the mobilisation day", () => {
    const base = simulate(army(0.1, 0, 0), 4).summary.finalEvaded;
    expect(simulate(army(0.1, 0.2, 0), 4).summary.finalEvaded).toBeGreaterThan(base + 300);
    expect(simulate(army(0.1, 0.2, 11), 4).summary.finalEvaded).toBe(base);
  });
});
