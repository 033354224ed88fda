/**
 * Each mechanism of MODEL.md moves outcomes in the expected direction, and its "off" value leaves
 * the foundation exactly as it was (even when the mechanism's other settings are present).
 */
import { describe, expect, it } from "vitest";
import { foundationParams, simulate, type ModelParams, type RunResult } from "../../src/model";

/** A global deterministic army where the offer matters: thresholds around 0.3. */
const base = (overrides: Partial<ModelParams> = {}): ModelParams =>
  foundationParams({ size: 2000, days: 150, thresholds: { kind: "normal", mean: 0.3, sd: 0.15 }, ...overrides });

const defected = (r: RunResult) => Array.from(r.series.defected);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const seeds = Array.from({ length: 12 }, (_, k) => k + 1);
const meanFinal = (params: ModelParams) => mean(seeds.map((s) => simulate(params, s).summary.finalShare));

describe("the offer", () => {
  it("a more attractive offer never lowers the final share in the global deterministic case, run by run", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      let previous = -1;
      for (let a = 0; a <= 0.3; a += 0.02) {
        const share = simulate(base({ offer: { ...base().offer, attractiveness: a } }), seed).summary.finalShare;
        expect(share).toBeGreaterThanOrEqual(previous);
        previous = share;
      }
    }
  });

  it("attractiveness turns a stalled army into a cascade", () => {
    expect(simulate(base(), 1).summary.cascade).toBe(false);
    expect(simulate(base({ offer: { ...base().offer, attractiveness: 0.15 } }), 1).summary.cascade).toBe(true);
  });

  it("no one defects before the offer opens or after it closes", () => {
    const run = simulate(base({ offer: { attractiveness: 0.15, windows: [{ open: 10, close: 20 }], urgency: 0, urgencyDays: 14 } }), 1);
    for (let d = 1; d < 10; d++) expect(run.series.newDefected[d]).toBe(0);
    for (let d = 20; d <= 150; d++) expect(run.series.newDefected[d]).toBe(0);
    expect(run.series.defected[19]).toBeGreaterThan(0);
  });

  it("a re-opened offer lets defections resume", () => {
    const windows = [{ open: 5, close: 8 }, { open: 30, close: null }];
    const run = simulate(base({ offer: { attractiveness: 0.15, windows, urgency: 0, urgencyDays: 14 } }), 1);
    expect(run.series.defected[8]).toBeLessThan(2000);
    expect(run.series.defected[29]).toBe(run.series.defected[8]);
    expect(run.series.newDefected[30]).toBeGreaterThan(0);
  });

  it("urgency moves defections earlier: never fewer defected on any day, more on some", () => {
    const offer = { attractiveness: 0, windows: [{ open: 0, close: 60 }], urgency: 0, urgencyDays: 20 };
    const calm = simulate(base({ offer }), 3);
    const urgent = simulate(base({ offer: { ...offer, urgency: 0.1 } }), 3);
    const diff = defected(urgent).map((v, d) => v - calm.series.defected[d]);
    expect(Math.min(...diff)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...diff)).toBeGreaterThan(0);
    // Urgency only acts in the last urgencyDays before the deadline.
    for (let d = 0; d < 40; d++) expect(diff[d]).toBe(0);
  });
});

describe("awareness", () => {
  it("soldiers who never hear of the offer never take it", () => {
    const run = simulate(base({ offer: { ...base().offer, attractiveness: 0.3 }, awareness: { initial: 0.4, leafletReach: 0, wordOfMouth: 0 } }), 1);
    expect(run.summary.finalShare).toBeLessThanOrEqual(0.45);
    expect(run.series.aware[150]).toBe(run.series.aware[0]);
  });

  it("leaflets make more soldiers aware every day, and word of mouth speeds it up", () => {
    const aware = { initial: 0.05, leafletReach: 0.02, wordOfMouth: 0 };
    const leaflets = simulate(base({ awareness: aware }), 1);
    const talk = simulate(base({ awareness: { ...aware, wordOfMouth: 0.3 } }), 1);
    for (let d = 1; d <= 150; d++) expect(leaflets.series.aware[d]).toBeGreaterThanOrEqual(leaflets.series.aware[d - 1]);
    expect(leaflets.series.aware[150]).toBeGreaterThan(leaflets.series.aware[0] * 5);
    expect(talk.series.aware[30]).toBeGreaterThan(leaflets.series.aware[30]);
  });

  it("daily leaflet reach r leaves about (1 - r)^d unaware after d days", () => {
    const run = simulate(base({ size: 20000, awareness: { initial: 0, leafletReach: 0.05, wordOfMouth: 0 } }), 7);
    const unaware = 1 - run.series.aware[20] / 20000;
    expect(unaware).toBeGreaterThan(Math.pow(0.95, 20) - 0.02);
    expect(unaware).toBeLessThan(Math.pow(0.95, 20) + 0.02);
  });

  it("a leaflet campaign raises awareness on its day", () => {
    const run = simulate(base({ awareness: { initial: 0.1, leafletReach: 0, wordOfMouth: 0 }, events: [{ kind: "leaflets", day: 12, reach: 0.5 }] }), 1);
    expect(run.series.aware[11]).toBe(run.series.aware[0]);
    expect(run.series.aware[12] / 2000).toBeGreaterThan(0.5);
  });
});

describe("opportunity, deterrence and eligibility", () => {
  const tipped = base({ offer: { ...base().offer, attractiveness: 0.15 } });

  it("a lower daily opportunity delays the cascade", () => {
    const fast = simulate(tipped, 1).summary.dayPast50!;
    const slow = simulate({ ...tipped, opportunity: 0.1 }, 1).summary.dayPast50!;
    expect(slow).toBeGreaterThan(fast);
  });

  it("a higher catch probability lowers the final share", () => {
    const low = meanFinal({ ...tipped, deterrence: { ...tipped.deterrence, catchProbability: 0.05 } });
    const high = meanFinal({ ...tipped, deterrence: { ...tipped.deterrence, catchProbability: 0.5 } });
    expect(high).toBeLessThan(low);
    const run = simulate({ ...tipped, deterrence: { ...tipped.deterrence, catchProbability: 0.5 } }, 1);
    expect(run.summary.finalCaught).toBeGreaterThan(0);
    expect(run.series.loyal[150] + run.series.defected[150] + run.series.caught[150]).toBe(run.series.army[150]);
  });

  it("seen punishments raise thresholds for a while and lower the final share", () => {
    const catching = { ...tipped, opportunity: 0.3, deterrence: { ...tipped.deterrence, catchProbability: 0.2 } };
    const punished = { ...catching, deterrence: { ...catching.deterrence, punishmentRise: 0.2, punishmentDays: 30 } };
    expect(meanFinal(punished)).toBeLessThan(meanFinal(catching));
  });

  it("reprisal threats against families never raise the final share, run by run", () => {
    for (const seed of seeds.slice(0, 5)) {
      const none = simulate({ ...tipped, deterrence: { ...tipped.deterrence, familyShare: 0.6 } }, seed).summary.finalShare;
      const threatened = simulate({ ...tipped, deterrence: { ...tipped.deterrence, familyShare: 0.6, reprisal: 0.2 } }, seed).summary.finalShare;
      expect(threatened).toBeLessThanOrEqual(none);
    }
    const strong = simulate({ ...tipped, deterrence: { ...tipped.deterrence, familyShare: 1, reprisal: 1 } }, 1);
    expect(strong.summary.finalDefected).toBe(0);
  });

  it("ineligible soldiers never defect through the offer", () => {
    const run = simulate({ ...tipped, offer: { ...tipped.offer, attractiveness: 1 }, ineligibleShare: 0.3 }, 1);
    expect(run.summary.finalShare).toBeGreaterThan(0.6);
    expect(run.summary.finalShare).toBeLessThan(0.75);
  });
});

describe("scheduled events", () => {
  it("a setback lowers thresholds from its day on", () => {
    const calm = simulate(base(), 1);
    const setback = simulate(base({ events: [{ kind: "setback", day: 50, shift: 0.15, days: null }] }), 1);
    expect(Array.from(setback.series.defected.slice(0, 50))).toEqual(Array.from(calm.series.defected.slice(0, 50)));
    expect(setback.summary.finalShare).toBeGreaterThan(calm.summary.finalShare);
  });

  it("mobilisation adds soldiers with their own thresholds on its day", () => {
    const run = simulate(base({ events: [{ kind: "mobilisation", day: 30, count: 500, thresholds: { kind: "uniform", min: 0, max: 0.01 }, aware: 1 }] }), 1);
    expect(run.series.army[29]).toBe(2000);
    expect(run.series.army[30]).toBe(2500);
    expect(run.series.newDefected[30]).toBeGreaterThan(0);
  });
});

describe("off values leave the foundation exact", () => {
  const foundation = defected(simulate(base(), 4));
  const cases: [string, Partial<ModelParams>][] = [
    ["urgency without a deadline", { offer: { attractiveness: 0, windows: [{ open: 0, close: null }], urgency: 0.5, urgencyDays: 30 } }],
    ["leaflets when everyone already knows", { awareness: { initial: 1, leafletReach: 0.3, wordOfMouth: 0.5 } }],
    ["punishment without catches", { deterrence: { catchProbability: 0, punishmentRise: 0.5, punishmentDays: 30, reprisal: 0, familyShare: 0 } }],
    ["families without reprisals", { deterrence: { catchProbability: 0, punishmentRise: 0, punishmentDays: 30, reprisal: 0, familyShare: 1 } }],
    ["a mix that weighs only the army-wide share", { observation: { scope: "mix", globalWeight: 1, local: "unit" } }],
    ["a setback of zero", { events: [{ kind: "setback", day: 10, shift: 0, days: null }] }],
    ["no one mobilised", { events: [{ kind: "mobilisation", day: 10, count: 0, thresholds: { kind: "uniform", min: 0, max: 0 }, aware: 1 }] }],
  ];
  for (const [name, overrides] of cases) {
    it(name, () => expect(defected(simulate(base(overrides), 4))).toEqual(foundation));
  }
});
