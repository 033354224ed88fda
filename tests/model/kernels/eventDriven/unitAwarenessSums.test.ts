/**
 * Awareness through units by running sums (unitAwarenessSums.ts) against the pass that adds each
 * unaware soldier's hazard to his own total every day (unitAwareness.ts): the same soldiers hear on
 * the same days, with forgetting sending soldiers back to the lists, mobilised soldiers joining
 * later, soldiers leaving the ranks unaware (their shared removal, unitAwarenessLists.ts), and with
 * a margin so wide that most comparisons go through the rule's own sum.
 */
import { describe, expect, it } from "vitest";
import { foundationParams, type ModelParams } from "../../../../src/model";
import { buildSchedule } from "../../../../src/model/schedule";
import { streamKey, uniformAt } from "../../../../src/model/random";
import { buildRunInputs } from "../../../../src/model/kernels/state/runInputs";
import { RunState } from "../../../../src/model/kernels/state/runState";
import { RunScratch } from "../../../../src/model/kernels/state/scratch";
import { UnitAwareness } from "../../../../src/model/kernels/eventDriven/unitAwareness";
import { UnitAwarenessSums } from "../../../../src/model/kernels/eventDriven/unitAwarenessSums";
import { cohortsOf } from "../../../../src/model/kernels/state/cohorts";
import { CAUGHT, LOYAL } from "../../../../src/model/kernels/status";

const params = (overrides: Partial<ModelParams>): ModelParams =>
  foundationParams({
    size: 600,
    days: 120,
    unitSize: 25,
    observation: { scope: "mix", globalWeight: 0.3, local: "unit" },
    awareness: { initial: 0.2, leafletReach: 0.01, wordOfMouth: 0.3 },
    behaviour: { ...foundationParams().behaviour, forgetRate: 0.1 },
    initialDefectors: { kind: "count", count: 12 },
    ...overrides,
  });

/** Runs both on the same soldiers: each day's newly aware, sorted, and who forgets (a fixed draw per soldier and day). */
/** `leaveRate`: each day, each loyal soldier leaves the ranks (is caught) with this probability (a fixed draw per soldier and day). */
function heardByDay(p: ModelParams, seed: number, marginScale: number, leaveRate = 0): { same: number; heard: number; exactChecks: number; leftUnaware: number } {
  const inputs = buildRunInputs(p, seed);
  const schedule = buildSchedule(p);
  const states = [0, 1].map(() => new RunState(p, seed, inputs.population, null, schedule, new RunScratch()));
  const plain = new UnitAwareness(states[0]);
  const sums = new UnitAwarenessSums(states[1], marginScale);
  const kinds = [plain, sums];
  const { cohorts } = cohortsOf(p);
  const forgetKey = streamKey(seed, "forgetting");
  const rehearKey = streamKey(seed, "rehearing");
  const leaveKey = streamKey(seed, "catch"); // the test's own draws of who leaves
  let same = 0;
  let leftUnaware = 0;
  let heard = 0;
  for (let d = 0; d <= p.days; d++) {
    const lists = states.map((state, k) => {
      for (const cohort of cohorts) {
        if (cohort.day !== d && !(d === 0 && cohort === cohorts[0])) continue;
        state.join(cohort.start, cohort.end, cohort === cohorts[0] ? null : cohort.day);
        kinds[k].joined(cohort.start, cohort.end);
      }
      if (d === 0) {
        // Initial defectors are aware by defecting, after their cohort joined the lists.
        let count = 0;
        for (const i of inputs.population.initialDefectors) if (!state.aware[i]) state.newAware[count++] = i;
        state.becomeAware(count);
        return [];
      }
      const leaving = new Int32Array(state.capacity);
      let leaves = 0;
      for (let i = 0; i < state.capacity; i++) {
        if (state.status[i] !== LOYAL || uniformAt(leaveKey, i, d) >= leaveRate) continue;
        state.status[i] = CAUGHT;
        leaving[leaves++] = i;
        if (k === 0 && !state.aware[i]) leftUnaware++;
      }
      kinds[k].left(leaving, 0, leaves);
      const count = kinds[k].update(d);
      const list = Array.from(state.newAware.subarray(0, count)).sort((a, b) => a - b);
      const forgot = new Int32Array(state.capacity);
      let forgets = 0;
      for (let i = 0; i < state.capacity; i++) {
        if (!state.aware[i] || state.status[i] !== LOYAL || inputs.population.initialDefectors.includes(i) || uniformAt(forgetKey, i, d) >= 0.1) continue;
        state.forget(i);
        state.awarenessResistance[i] = -Math.log(uniformAt(rehearKey, i, d));
        forgot[forgets++] = i;
      }
      kinds[k].forgot(forgot, forgets);
      return list;
    });
    expect(lists[1], `day ${d}`).toEqual(lists[0]);
    expect(Array.from(states[1].aware)).toEqual(Array.from(states[0].aware));
    same++;
    heard += lists[0].length;
  }
  return { same, heard, exactChecks: sums.exactChecks, leftUnaware };
}

describe("awareness through units by running sums", () => {
  it("has the same soldiers hear on the same days as the daily pass over every unaware soldier", () => {
    for (const seed of [1, 2, 3]) {
      const run = heardByDay(params({}), seed, 1);
      expect(run.same).toBe(121);
      expect(run.heard).toBeGreaterThan(600); // forgetting sends many back to hear again
    }
  });

  it("has the same soldiers hear on the same days when unaware soldiers leave the ranks (removed from near and far keys)", () => {
    for (const seed of [1, 2]) {
      const run = heardByDay(params({}), seed, 1, 0.01);
      expect(run.same).toBe(121);
      expect(run.leftUnaware).toBeGreaterThan(100);
      expect(run.heard).toBeGreaterThan(300);
    }
  });

  it("gives the same days when most comparisons are made with the rule's own sum (a margin of about 5%)", () => {
    const p = params({});
    const scale = 0.05 / ((4 * p.days + 8) * 2 ** -52);
    const run = heardByDay(p, 4, scale);
    expect(run.same).toBe(121);
    expect(run.exactChecks).toBeGreaterThan(run.heard / 10);
  });

  it("with mobilised soldiers joining units later, pure unit observation and word of mouth that reaches everyone (infinite hazards)", () => {
    const p = params({
      observation: { scope: "unit", globalWeight: 0, local: "unit" },
      awareness: { initial: 0.3, leafletReach: 0, wordOfMouth: 1 },
      events: [{ kind: "mobilisation", day: 30, count: 200, thresholds: { kind: "uniform", min: 0, max: 1 }, aware: 0.1 }],
    });
    for (const seed of [5, 6]) expect(heardByDay(p, seed, 1).same).toBe(121);
  });

  it("is used only while the log of units x days stays small", () => {
    const small = params({});
    const inputs = buildRunInputs(small, 1);
    expect(UnitAwarenessSums.fits(new RunState(small, 1, inputs.population, null, buildSchedule(small), new RunScratch()))).toBe(true);
    const long = params({ size: 200_000, unitSize: 2, days: 3000, awareness: { initial: 1, leafletReach: 0, wordOfMouth: 0 } });
    const longInputs = buildRunInputs(long, 1);
    expect(UnitAwarenessSums.fits(new RunState(long, 1, longInputs.population, null, buildSchedule(long), new RunScratch()))).toBe(false);
  });
});
