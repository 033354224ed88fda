/**
 * Forgetting spans kept across runs on the same soldiers (RunInputs.forgetDays): runs reading spans
 * kept by earlier runs at other values give the numbers of runs that draw every forgetting draw
 * (the uncached path, itself checked against reference.ts by exactness.test.ts), for every
 * shipped scenario that forgets and for random scenarios with forgetting; another forgetting rate
 * on the same soldiers draws its own days.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, Simulation, simulate, type ModelParams, type RunResult } from "../../../../src/model";
import { loadScenario, toModelParams } from "../../../../src/scenario";
import { RunInputsCache } from "../../../../src/model/kernels/state/runInputsCache";
import { ForgettingDays, ForgettingDaysSlot } from "../../../../src/model/kernels/structures/forgettingDays";
import { EventDrivenSimulation } from "../../../../src/model/kernels/eventDriven/eventDrivenSimulation";
import { scenario } from "../scenarioArbitrary";

const SCENARIOS = join(__dirname, "../../../../scenarios");
const shipped = (id: string) => toModelParams(loadScenario(readFileSync(join(SCENARIOS, `${id}.json`), "utf8")));
const at = (params: ModelParams, attractiveness: number): ModelParams => ({ ...params, offer: { ...params.offer, attractiveness } });
const forgetting = (params: ModelParams, forgetRate: number): ModelParams => ({ ...params, behaviour: { ...params.behaviour, forgetRate } });

function expectSameRun(got: RunResult, expected: RunResult): void {
  for (const column of SERIES_COLUMNS) expect(Array.from(got.series[column]), column).toEqual(Array.from(expected.series[column]));
  expect(Array.from(got.fate)).toEqual(Array.from(expected.fate));
  expect(got.summary).toEqual(expected.summary);
}

/** Counts the spell ends read from kept spans (the tests below must read some, or they test nothing). */
function countKeptReads(): () => number {
  const find = ForgettingDays.prototype.find;
  let reads = 0;
  vi.spyOn(ForgettingDays.prototype, "find").mockImplementation(function (this: ForgettingDays, i: number, from: number) {
    const t = find.call(this, i, from);
    if (t >= 0) reads++;
    return t;
  });
  return () => reads;
}

describe("runs on kept forgetting days", () => {
  afterEach(() => vi.restoreAllMocks());

  it("every shipped scenario that forgets: a run on days kept by runs at other values gives the run drawing them all", () => {
    const ids = readdirSync(SCENARIOS)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    const checked: string[] = [];
    for (const id of ids) {
      const base = shipped(id);
      if (!(base.behaviour.forgetRate > 0) || !EventDrivenSimulation.applies(base)) continue;
      const kept = new RunInputsCache();
      const reads = countKeptReads();
      const a = base.offer.attractiveness;
      for (const v of [Math.min(1, a + 0.04), Math.max(0, a - 0.03)]) new Simulation(at(base, v), 1, kept.inputsFor(at(base, v), 1)).result();
      const inputs = kept.inputsFor(base, 1);
      expect(inputs.forgetDays).toBeInstanceOf(ForgettingDaysSlot);
      expectSameRun(new Simulation(base, 1, inputs).result(), simulate(base, 1));
      expect(reads()).toBeGreaterThan(0);
      vi.restoreAllMocks();
      checked.push(id);
    }
    expect(checked).toEqual(expect.arrayContaining(["russia-asylum-2022", "russia-asylum-2022-open-ended", "asylum-offer-deadline", "gift-certificates"]));
  });

  it("a run with another forgetting rate on the same soldiers draws its own days, and back", () => {
    const base = shipped("russia-asylum-2022");
    const kept = new RunInputsCache();
    const inputs = kept.inputsFor(base, 2);
    for (let run = 0; run < 2; run++) new Simulation(base, 2, inputs).result(); // the second keeps
    const other = forgetting(base, base.behaviour.forgetRate * 2);
    expect(kept.inputsFor(other, 2)).toBe(inputs); // the forgetting rate is not drawn from: same soldiers
    const reads = countKeptReads();
    for (let run = 0; run < 3; run++) expectSameRun(new Simulation(other, 2, inputs).result(), simulate(other, 2));
    expect(reads()).toBeGreaterThan(0); // the third run at the other rate read its own spans
    for (let run = 0; run < 3; run++) expectSameRun(new Simulation(base, 2, inputs).result(), simulate(base, 2));
  });

  it("a keeper of single runs keeps from the first run, and the next run on the soldiers reads the spells", () => {
    const base = shipped("russia-asylum-2022-open-ended");
    const kept = new RunInputsCache(Infinity, true);
    const up = at(base, base.offer.attractiveness + 0.01);
    new Simulation(up, 3, kept.inputsFor(up, 3)).result();
    const reads = countKeptReads();
    expectSameRun(new Simulation(base, 3, kept.inputsFor(base, 3)).result(), simulate(base, 3));
    expect(reads()).toBeGreaterThan(0);
  });

  it("an ensemble's keeper stops keeping spans no run reads (two variants a seed), keeps them for three, and learns anew after clear(); every run as drawn", () => {
    const base = { ...shipped("asylum-offer-deadline"), days: 120 };
    const openEnded = shipped("asylum-offer-open-ended");
    const pair = [base, { ...base, offer: { ...base.offer, windows: openEnded.offer.windows } }];
    const three = [...pair, at(base, base.offer.attractiveness + 0.05)];
    const kept = new RunInputsCache();
    const keeps = vi.spyOn(ForgettingDays.prototype, "keep");
    const reads = countKeptReads();
    /** Runs each variant of the seed in turn, as a worker runs an ensemble's batch; how many spans its runs kept and read. */
    const seedRuns = (variants: ModelParams[], seed: number) => {
      const [kept0, read0] = [keeps.mock.calls.length, reads()];
      for (const params of variants) expectSameRun(new Simulation(params, seed, kept.inputsFor(params, seed)).result(), simulate(params, seed));
      return { kept: keeps.mock.calls.length - kept0, read: reads() - read0 };
    };
    expect(seedRuns(pair, 1)).toEqual({ kept: expect.any(Number), read: 0 });
    expect(keeps.mock.calls.length).toBeGreaterThan(0); // the first seed's second variant kept spans, no run read them
    for (const seed of [2, 3, 4]) expect(seedRuns(pair, seed)).toEqual({ kept: 0, read: 0 });
    kept.clear();
    for (const seed of [1, 2, 3]) {
      const runs = seedRuns(three, seed);
      expect(runs.kept).toBeGreaterThan(0); // the second variant keeps, the third reads
      expect(runs.read).toBeGreaterThan(0);
    }
  });

  it("random scenarios with forgetting: warm runs at other values equal runs drawing every day (property)", () => {
    fc.assert(
      fc.property(scenario({ behaviour: "forgetting", maxSize: 300, maxDays: 80 }), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (params, seed, other) => {
        if (!EventDrivenSimulation.applies(params)) return;
        const kept = new RunInputsCache();
        for (const v of [other, 1 - other]) new Simulation(at(params, v), seed, kept.inputsFor(at(params, v), seed)).result();
        expectSameRun(new Simulation(params, seed, kept.inputsFor(params, seed)).result(), simulate(params, seed));
      }),
      { numRuns: 150 },
    );
  });
});
