/**
 * What armies do (issue 15; docs/model.md "Capture, leaders and cohesion"): hand-checked small
 * armies for whole-unit surrender behind a leader, his influence, his own opportunity and reach,
 * cohesion's arithmetic, and capture counted apart from defection (seen by others only when the
 * news reaches them).
 */
import { describe, expect, it } from "vitest";
import { CAPTURED_BASE, captureOff, foundationParams, leadersOff, simulate, type LeaderParams, type ModelParams } from "../../src/model";
import { simulateReference } from "../../src/model/kernels/reference";

const list = (values: number[]) => ({ kind: "list" as const, values });
const fixed = (t: number) => ({ kind: "uniform" as const, min: t, max: t });
const unitScope = { scope: "unit" as const, globalWeight: 0, local: "unit" as const };
const withLeaders = (params: ModelParams, leaders: Partial<LeaderParams>): ModelParams => ({ ...params, leaders: { ...leadersOff(), share: 1, ...leaders } });

describe("leaders and whole-unit surrender", () => {
  // Two units of 4 watching their own unit. Soldier 1 (unit 0) defected at day 0, so unit 0's
  // leader (slot 0, threshold 0.3) sees 1/3 of his mates gone and defects on day 1; unit 1's
  // leader (slot 4) sees no one go. Members' thresholds are high: alone they never follow.
  const twoUnits = (leaders: Partial<LeaderParams>, thresholds = [1, 1, 0.9, 1, 1, 1, 1, 1]) =>
    withLeaders(foundationParams({ size: 8, days: 6, unitSize: 4, observation: unitScope, thresholds: list(thresholds), initialDefectors: { kind: "ids", ids: [1] } }), {
      thresholds: fixed(0.3),
      ...leaders,
    });

  it("a leader's defection takes his whole unit with him that day, and only his unit", () => {
    const { fate, series, summary } = simulateReference(twoUnits({ surrender: 1 }), 1);
    expect(Array.from(fate)).toEqual([1, 0, 1, 1, -1, -1, -1, -1]);
    expect(Array.from(series.newDefected.slice(0, 3))).toEqual([1, 3, 0]);
    expect(Array.from(series.newUnitSurrenders.slice(0, 3))).toEqual([0, 1, 0]);
    expect(series.unitSurrenders[6]).toBe(1);
    expect(summary.finalUnitSurrenders).toBe(1);
    expect(summary.finalDefected).toBe(4);
  });

  it("without surrender the leader goes alone; his influence moves his unit from the next day", () => {
    const alone = simulateReference(twoUnits({ surrender: 0 }), 1);
    expect(Array.from(alone.fate)).toEqual([1, 0, -1, -1, -1, -1, -1, -1]);
    expect(alone.summary.finalUnitSurrenders).toBe(0);
    // With influence 0.5 soldier 2 (0.9) and soldier 3 (1) need 0.4 and 0.5: 2/3 of their mates are gone by day 2.
    const swayed = simulateReference(twoUnits({ surrender: 0, influence: 0.5 }), 1);
    expect(Array.from(swayed.fate)).toEqual([1, 0, 2, 2, -1, -1, -1, -1]);
    // With 0.3 they need 0.6 and 0.7: soldier 2 goes on day 2 (0.6 <= 2/3), soldier 3 only on day 3, when all his mates are gone.
    const weak = simulateReference(twoUnits({ surrender: 0, influence: 0.3 }), 1);
    expect(Array.from(weak.fate)).toEqual([1, 0, 2, 3, -1, -1, -1, -1]);
  });

  it("with probability p a unit surrenders: about p of many leaders' units go whole", () => {
    // 400 units of 5; every leader (threshold 0) defects on day 1; members never would.
    const params = withLeaders(foundationParams({ size: 2000, days: 3, unitSize: 5, observation: unitScope, thresholds: fixed(1) }), { thresholds: fixed(0), surrender: 0.3 });
    const { series, summary } = simulateReference(params, 7);
    // Binomial(400, 0.3): mean 120, sd 9.2; each surrender takes the leader's 4 men.
    expect(summary.finalUnitSurrenders).toBeGreaterThan(120 - 4 * 9.2);
    expect(summary.finalUnitSurrenders).toBeLessThan(120 + 4 * 9.2);
    expect(series.defected[1]).toBe(400 + 4 * summary.finalUnitSurrenders);
  });

  it("a leader with no opportunity never crosses; one who cannot be reached never hears", () => {
    const base = twoUnits({ surrender: 1 });
    expect(Array.from(simulateReference({ ...base, leaders: { ...base.leaders, opportunity: 0 } }, 1).fate)).toEqual([-1, 0, -1, -1, -1, -1, -1, -1]);
    // Nobody aware at the start; leaflets reach everyone on day 1 (reach 1), but not leaders with reach 0.
    const unaware = { ...base, awareness: { initial: 0, leafletReach: 1, wordOfMouth: 0 } };
    expect(simulateReference(unaware, 1).fate[0]).toBe(1);
    expect(simulateReference({ ...unaware, leaders: { ...base.leaders, reach: 0 } }, 1).fate[0]).toBe(-1);
  });

  it("leaders' thresholds come from their own distribution; every other soldier's stays as it was", () => {
    const params = foundationParams({ size: 1000, unitSize: 10, thresholds: { kind: "normal", mean: 0.5, sd: 0.2 } });
    const without = simulate(params, 3).thresholds;
    const withThem = simulate(withLeaders(params, { share: 0.5, thresholds: fixed(0.05) }), 3).thresholds;
    let leaders = 0;
    for (let i = 0; i < 1000; i++) {
      if (withThem[i] !== without[i]) {
        expect(i % 10).toBe(0);
        expect(withThem[i]).toBe(0.05);
        leaders++;
      }
    }
    expect(leaders).toBeGreaterThan(30);
    expect(leaders).toBeLessThan(70);
  });
});

describe("cohesion", () => {
  // One unit of 4; soldier 0 defected at day 0. With cohesion 0.4 a member's threshold rises by
  // 0.4 x (members in the ranks / members on the roll): 0.3 on day 1 (3 of 4), 0.2 on day 2, 0.1 on day 3.
  const unit = (cohesion: number) =>
    ({ ...foundationParams({ size: 4, days: 5, unitSize: 4, observation: unitScope, thresholds: list([0, 0.03, 0.04, 0.5]), initialDefectors: { kind: "ids", ids: [0] } }), cohesion }) as ModelParams;

  it("raises thresholds by cohesion times the share of the unit in the ranks, which falls as men leave", () => {
    // Day 1: soldier 1 needs 0.33 <= 1/3, soldier 2 needs 0.34 > 1/3. Day 2: soldier 2 needs 0.24 <= 2/3,
    // soldier 3 needs 0.7 > 2/3. Day 3: soldier 3 needs 0.6 <= 1.
    expect(Array.from(simulateReference(unit(0.4), 1).fate)).toEqual([0, 1, 2, 3]);
    expect(Array.from(simulateReference(unit(0), 1).fate)).toEqual([0, 1, 1, 2]);
  });

  it("a unit that loses men to capture loses cohesion too", () => {
    // A fully intact unit of 4 with thresholds 0.35 and cohesion 0.7 against a global signal of 0.5
    // (two initial defectors in a second unit): intact, they need 1.05; after all but one of them are
    // captured, the last needs 0.35 + 0.7 x 1/4 = 0.525 > 0.5 still, and with cohesion 0.5, 0.475 <= 0.5.
    const params = (cohesion: number, capture: number): ModelParams => ({
      ...foundationParams({ size: 8, days: 4, unitSize: 4, thresholds: list([0.35, 0.35, 0.35, 0.35, 1, 1, 1, 1]), initialDefectors: { kind: "ids", ids: [4, 5, 6, 7] } }),
      cohesion,
      events: capture > 0 ? [{ kind: "combat", day: 1, capture, days: 1 }] : [],
    });
    expect(Array.from(simulateReference(params(0.5, 0), 1).fate.slice(0, 4))).toEqual([-1, -1, -1, -1]);
    expect(Array.from(simulateReference(params(0, 0), 1).fate.slice(0, 4))).toEqual([1, 1, 1, 1]);
    // Every draw is below 1: all four are captured on day 1, and nobody is left to defect.
    const all = simulateReference(params(0.5, 1), 1);
    expect(Array.from(all.fate.slice(0, 4))).toEqual([CAPTURED_BASE - 1, CAPTURED_BASE - 1, CAPTURED_BASE - 1, CAPTURED_BASE - 1]);
  });
});

describe("capture in combat", () => {
  // 2,000 soldiers watching the army-wide share with threshold 0.05; combat on day 1 captures about
  // 10% of them. No one has defected, so only the captures can move anyone.
  const army = (newsReaches: boolean): ModelParams => ({
    ...foundationParams({ size: 2000, days: 4, thresholds: fixed(0.05) }),
    capture: { ...captureOff(), newsReaches },
    events: [{ kind: "combat", day: 1, capture: 0.1, days: 1 }],
  });

  it("captured men are counted apart from defectors and leave the ranks", () => {
    const { series, summary } = simulateReference(army(false), 5);
    expect(series.newCaptured[1]).toBeGreaterThan(200 - 4 * 13.4);
    expect(series.newCaptured[1]).toBeLessThan(200 + 4 * 13.4);
    expect(Array.from(series.newCaptured.slice(2))).toEqual([0, 0, 0]);
    expect(summary.finalCaptured).toBe(series.newCaptured[1]);
    expect(summary.finalDefected).toBe(0);
    expect(series.loyal[4]).toBe(2000 - summary.finalCaptured);
    expect(series.army[4]).toBe(2000);
  });

  it("others see captured men as defectors only when the news reaches them", () => {
    const quiet = simulateReference(army(false), 5);
    const news = simulateReference(army(true), 5);
    expect(news.summary.finalCaptured).toBe(quiet.summary.finalCaptured);
    expect(quiet.series.defected[4]).toBe(0);
    // Day 2: everyone left sees about 10% "gone" >= 5% and defects.
    expect(news.series.newDefected[2]).toBe(2000 - news.summary.finalCaptured);
    expect(news.summary.finalShare).toBe((2000 - news.summary.finalCaptured) / 2000);
  });

  it("a daily chance and combat events combine as independent dangers", async () => {
    const { captureChances } = await import("../../src/model/captureSchedule");
    const params = { ...foundationParams({ days: 6 }), capture: { daily: 0.5, newsReaches: false }, events: [{ kind: "combat" as const, day: 3, capture: 0.5, days: 2 }] };
    expect(Array.from(captureChances(params)!)).toEqual([0, 0.5, 0.5, 0.75, 0.75, 0.5, 0.5]);
    expect(captureChances(foundationParams())).toBeNull();
  });
});
