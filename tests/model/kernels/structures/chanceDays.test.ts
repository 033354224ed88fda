/**
 * Kept opportunity days: each bit is the opportunity draw it stands for (uniformAt(key, i, d) <
 * opportunity), whether read from a word drawn earlier or drawn on the way, at word edges and for
 * certain, impossible and tiny opportunities; and a slot hands out kept days only to runs with the
 * same key, opportunity, length and army, within its budget. Whole runs of the slow shipped
 * scenarios on days kept by runs at other values give the numbers of runs that draw every day.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SERIES_COLUMNS, Simulation, simulate, type ModelParams, type RunResult } from "../../../../src/model";
import { loadScenario, toModelParams } from "../../../../src/scenario";
import { RunInputsCache } from "../../../../src/model/kernels/state/runInputsCache";
import { drawSalts, streamKey, uniformAt } from "../../../../src/model/random";
import { CHANCE_DAYS_BITS, ChanceDaysBudget, ChanceDaysSlot, chanceDaysBits, OpportunityDays } from "../../../../src/model/kernels/structures/chanceDays";

const DAYS = 130; // days 0..130: four whole words and a part word of 3 days
const CAPACITY = 40;
const PROBABILITIES = [0, 1e-9, 0.0016, 0.05, 0.5, 0.999999];
/** Days at and around word edges, and the last. */
const EDGES = [0, 1, 30, 31, 32, 33, 63, 64, 95, 96, 127, 128, 129, DAYS];

const opportunityOn = (key: number, p: number, i: number, d: number) => uniformAt(key, i, d) < p;

/** The first opportunity day of soldier i in [from, end), else end, drawn one day at a time. */
function firstByDrawing(key: number, p: number, i: number, from: number, end: number): number {
  for (let t = from; t < end; t++) if (opportunityOn(key, p, i, t)) return t;
  return end;
}

describe("OpportunityDays", () => {
  const key = streamKey(7, "opportunity");
  const salts = drawSalts(DAYS);

  for (const p of PROBABILITIES) {
    it(`reads and draws the opportunity draws at word edges (opportunity ${p})`, () => {
      const days = new OpportunityDays(key, p, DAYS, CAPACITY, salts);
      for (const i of [0, 1, 17, CAPACITY - 1]) {
        // Before any word is drawn, has() draws the day alone; next() draws words; then has() reads them.
        for (const d of EDGES) expect(days.has(i, d), `has(${i}, ${d}) before`).toBe(opportunityOn(key, p, i, d));
        for (const from of EDGES) {
          for (const end of EDGES) {
            if (end < from) continue;
            expect(days.next(i, from, end + 1), `next(${i}, ${from}, ${end + 1})`).toBe(firstByDrawing(key, p, i, from, end + 1));
          }
        }
        for (let d = 0; d <= DAYS; d++) expect(days.has(i, d), `has(${i}, ${d}) after`).toBe(opportunityOn(key, p, i, d));
      }
    });
  }

  it("gives every day's draw for random soldiers and spans, in any order of drawing (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROBABILITIES, 0.3),
        fc.array(fc.tuple(fc.integer({ min: 0, max: CAPACITY - 1 }), fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 0, max: DAYS + 1 })), { minLength: 1, maxLength: 30 }),
        (p, calls) => {
          const days = new OpportunityDays(key, p, DAYS, CAPACITY, salts);
          for (const [i, a, b] of calls) {
            const from = Math.min(a, b);
            const end = Math.max(a, b);
            expect(days.next(i, from, end)).toBe(firstByDrawing(key, p, i, from, end));
            expect(days.has(i, a)).toBe(opportunityOn(key, p, i, a));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("nextThrough gives next, then next through the known words, and draws the same words (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROBABILITIES, 0.03, 0.3),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: DAYS + 1 }), fc.integer({ min: 0, max: DAYS + 1 }), fc.integer({ min: 0, max: DAYS + 1 })),
          { minLength: 1, maxLength: 40 },
        ),
        (p, calls) => {
          const one = new OpportunityDays(key, p, DAYS, CAPACITY, salts);
          const composed = new OpportunityDays(key, p, DAYS, CAPACITY, salts);
          for (const [i, a, b, c] of calls) {
            const [from, last, further] = [a, b, c].sort((x, y) => x - y);
            const t = composed.next(i, from, last);
            const expected = t < last ? t : composed.next(i, last, composed.knownUntil(i, last, further));
            expect(one.nextThrough(i, from, last, further), `nextThrough(${i}, ${from}, ${last}, ${further})`).toBe(expected);
            // Through known words only: never past the first word not drawn, and never a day without an opportunity.
            if (expected < last) expect(opportunityOn(key, p, i, expected)).toBe(true);
            for (let d = 0; d <= DAYS + 1; d++) expect(one.knownUntil(i, d, DAYS + 1)).toBe(composed.knownUntil(i, d, DAYS + 1));
          }
        },
      ),
    );
  });

  it("draws ahead every word not yet known, a few at a time, and then reads every day as drawn", () => {
    const wordsPerSoldier = Math.ceil((DAYS + 1) / 32); // 5
    for (const p of [0, 0.0016, 0.3]) {
      const days = new OpportunityDays(key, p, DAYS, CAPACITY, salts);
      days.next(5, 40, 100); // some words known already, in the middle of the soldiers
      days.next(CAPACITY - 1, 0, DAYS + 1);
      let calls = 1;
      while (!days.drawAhead(7)) calls++;
      // With no opportunity next() draws every word it passes (3 and 5): the rest are drawn 7 a call, none twice.
      if (p === 0) expect(calls).toBe(Math.ceil((CAPACITY * wordsPerSoldier - 8) / 7));
      expect(days.drawAhead(7)).toBe(true);
      for (let i = 0; i < CAPACITY; i++) {
        expect(days.knownUntil(i, 0, DAYS + 1), `soldier ${i}'s words all known`).toBe(DAYS + 1);
        for (let d = 0; d <= DAYS; d++) if (days.has(i, d) !== opportunityOn(key, p, i, d)) expect.fail(`soldier ${i}, day ${d}, opportunity ${p}`);
      }
    }
  });

  it("draws nothing ahead once let go, and says it is done", () => {
    const days = new OpportunityDays(key, 0.01, DAYS, CAPACITY, salts);
    days.retire();
    expect(days.drawAhead(1)).toBe(true);
    expect(days.knownUntil(0, 0, DAYS + 1)).toBe(0);
    expect(new ChanceDaysSlot().drawAhead(1)).toBe(true); // no days kept: nothing to draw
  });

  it("knows how far a soldier's words are drawn, from a day up to a limit", () => {
    const days = new OpportunityDays(key, 0, DAYS, CAPACITY, salts); // no opportunity: next() draws every word it passes
    expect(days.knownUntil(3, 40, 120)).toBe(40); // nothing drawn yet
    expect(days.next(3, 40, 100)).toBe(100); // draws words 1..3 (days 32..127)
    expect(days.knownUntil(3, 40, 200)).toBe(128);
    expect(days.knownUntil(3, 33, 90)).toBe(90);
    expect(days.knownUntil(3, 130, 131)).toBe(130); // the part word is not drawn
    expect(days.knownUntil(4, 40, 120)).toBe(40); // another soldier's are not
    expect(days.knownUntil(3, 10, 120)).toBe(10); // word 0 is not drawn
  });
});

describe("ChanceDaysSlot", () => {
  const key = streamKey(7, "opportunity");
  const salts = drawSalts(DAYS);

  it("hands out the kept days for the same key, opportunity, length and army only", () => {
    const slot = new ChanceDaysSlot();
    const kept = slot.for(key, 0.01, DAYS, CAPACITY, salts)!;
    expect(kept).toBeInstanceOf(OpportunityDays);
    expect(slot.for(key, 0.01, DAYS, CAPACITY, salts)).toBe(kept);
    const otherSeed = slot.for(streamKey(8, "opportunity"), 0.01, DAYS, CAPACITY, salts)!;
    expect(otherSeed).not.toBe(kept);
    expect(otherSeed.key).toBe(streamKey(8, "opportunity"));
    expect(slot.for(key, 0.01, DAYS, CAPACITY, salts)).not.toBe(kept); // replaced: drawn again
    const again = slot.for(key, 0.01, DAYS, CAPACITY, salts);
    expect(slot.for(key, 0.02, DAYS, CAPACITY, salts)).not.toBe(again);
    expect(slot.for(key, 0.02, DAYS + 1, CAPACITY, drawSalts(DAYS + 1))?.days).toBe(DAYS + 1);
    expect(slot.for(key, 0.02, DAYS + 1, CAPACITY + 1, drawSalts(DAYS + 1))?.capacity).toBe(CAPACITY + 1);
  });

  it("keeps nothing when every day is an opportunity or the days do not fit the budget", () => {
    const slot = new ChanceDaysSlot();
    expect(slot.for(key, 1, DAYS, CAPACITY, salts)).toBeNull();
    const days = 3650;
    const tooMany = Math.floor(CHANCE_DAYS_BITS / chanceDaysBits(1, days)) + 1;
    expect(slot.for(key, 0.01, days, tooMany - 1, drawSalts(days))).not.toBeNull();
    expect(slot.for(key, 0.01, days, tooMany, drawSalts(days))).toBeNull();
  });

  it("shares a budget between slots, and gives the bits back when cleared", () => {
    const budget = new ChanceDaysBudget(chanceDaysBits(CAPACITY, DAYS));
    const a = new ChanceDaysSlot(budget);
    const b = new ChanceDaysSlot(budget);
    expect(a.for(key, 0.01, DAYS, CAPACITY, salts)).not.toBeNull();
    expect(b.for(key, 0.01, DAYS, CAPACITY, salts)).toBeNull();
    a.clear();
    expect(b.for(key, 0.01, DAYS, CAPACITY, salts)).not.toBeNull();
    // Replacing a slot's days gives its old bits back before taking new ones.
    expect(b.for(key, 0.02, DAYS, CAPACITY, salts)).not.toBeNull();
  });
});

describe("OpportunityDays let go", () => {
  const key = streamKey(7, "opportunity");
  const salts = drawSalts(DAYS);
  const drawAll = (days: OpportunityDays) => {
    for (let i = 0; i < CAPACITY; i++) days.next(i, 0, DAYS + 1);
  };

  it("give their arrays to the next days only once no run reads them, and both still give every draw", () => {
    const first = new OpportunityDays(key, 0, DAYS, CAPACITY, salts); // no opportunity: next() draws every word
    drawAll(first);
    first.read();
    first.retire();
    expect(first.knownUntil(0, 0, DAYS + 1)).toBe(DAYS + 1); // still read by a run: kept
    first.done();
    expect(first.knownUntil(0, 0, DAYS + 1)).toBe(0); // let go: its arrays went to the next days
    // The next days (another seed's key) reuse them: nothing is known yet, and every draw is its own.
    const otherKey = streamKey(8, "opportunity");
    const next = new OpportunityDays(otherKey, 0.3, DAYS, CAPACITY, salts);
    for (let i = 0; i < CAPACITY; i++) expect(next.knownUntil(i, 0, DAYS + 1)).toBe(0);
    for (let i = 0; i < CAPACITY; i++) {
      for (const from of EDGES) expect(next.next(i, from, DAYS + 1)).toBe(firstByDrawing(otherKey, 0.3, i, from, DAYS + 1));
    }
    // The days let go still answer (drawing every day).
    for (let i = 0; i < CAPACITY; i++) expect(first.next(i, 5, DAYS + 1)).toBe(DAYS + 1);
    expect(first.has(3, 40)).toBe(false);
  });
});

describe("runs on kept opportunity days", () => {
  const shipped = (id: string) => toModelParams(loadScenario(readFileSync(join(__dirname, "../../../../scenarios", `${id}.json`), "utf8")));
  const at = (params: ModelParams, attractiveness: number): ModelParams => ({ ...params, offer: { ...params.offer, attractiveness } });

  function expectSameRun(got: RunResult, expected: RunResult): void {
    for (const column of SERIES_COLUMNS) expect(Array.from(got.series[column]), column).toEqual(Array.from(expected.series[column]));
    expect(Array.from(got.fate)).toEqual(Array.from(expected.fate));
    expect(got.summary).toEqual(expected.summary);
  }

  // The shipped value and values above it (past the tipping point: many soldiers parked), as a slider steps.
  const CASES: Array<[string, number[]]> = [
    ["chieu-hoi", [0.307, 0.33, 0.36]],
    ["hessians-1776", [0.25, 0.28, 0.32]],
    ["russia-asylum-2022-open-ended", [0.12, 0.16]], // procrastination (actRate < 1) and forgetting
  ];
  for (const [id, values] of CASES) {
    it(`${id}: a run reading days kept by runs at other values gives the run drawing them all`, () => {
      const base = shipped(id);
      const seed = 1;
      const kept = new RunInputsCache();
      // Warm the kept days with runs at the other values, in the slider's upward order.
      for (const v of values) new Simulation(at(base, v), seed, kept.inputsFor(at(base, v), seed)).result();
      const inputs = kept.inputsFor(base, seed);
      expect(inputs.chanceDays).toBeInstanceOf(ChanceDaysSlot);
      for (const v of [...values].reverse()) {
        const params = at(base, v);
        expect(kept.inputsFor(params, seed)).toBe(inputs); // the same soldiers and kept days
        expectSameRun(new Simulation(params, seed, inputs).result(), simulate(params, seed));
      }
    });
  }

  it("every shipped scenario with rare chances: a run on days kept by a run one step up gives the run drawing them all", () => {
    const ids = readdirSync(join(__dirname, "../../../../scenarios"))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    const checked: string[] = [];
    for (const id of ids) {
      const base = shipped(id);
      if (!(base.opportunity < 1)) continue;
      const kept = new RunInputsCache();
      const up = at(base, Math.min(1, base.offer.attractiveness + 0.02));
      new Simulation(up, 1, kept.inputsFor(up, 1)).result();
      expectSameRun(new Simulation(base, 1, kept.inputsFor(base, 1)).result(), simulate(base, 1));
      checked.push(id);
    }
    expect(checked).toEqual(expect.arrayContaining(["chieu-hoi", "hessians-1776", "ukraine-hotline-2022", "asylum-offer-deadline", "gulf-war-1991"]));
  });

  it("a run with another opportunity on the same soldiers draws its own days", () => {
    const base = shipped("chieu-hoi");
    const kept = new RunInputsCache();
    const inputs = kept.inputsFor(base, 1);
    new Simulation(base, 1, inputs).result();
    const opportunity = base.opportunity * 3;
    const other = { ...base, opportunity };
    expect(kept.inputsFor(other, 1)).toBe(inputs); // opportunity is not drawn from: same soldiers
    expectSameRun(new Simulation(other, 1, inputs).result(), simulate(other, 1));
    // And back: the first value's days were let go, so they are drawn again, still the same numbers.
    expectSameRun(new Simulation(base, 1, inputs).result(), simulate(base, 1));
  });
});
