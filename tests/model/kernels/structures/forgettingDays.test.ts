/**
 * Kept forgetting spans: a kept span [a, t] answers every spell start in it with t, and nothing
 * else; a soldier keeps his first SPANS spans; a slot keeps nothing for the first run with given
 * values, keeps from the second, and starts over for other values. Against the draws themselves:
 * spans kept from drawing give the first day below the rate for random starts (property).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ForgettingDays, ForgettingDaysSlot, MOST_SOLDIERS, SPANS, SpanKeeping } from "../../../../src/model/kernels/structures/forgettingDays";
import { streamKey, uniformAt } from "../../../../src/model/random";

const DAYS = 200;

describe("ForgettingDays", () => {
  it("answers a start inside a kept span with its last day, and -1 outside any", () => {
    const kept = new ForgettingDays(1, 0.1, DAYS, 5);
    expect(kept.find(3, 10)).toBe(-1);
    kept.keep(3, 10, 17);
    kept.keep(3, 40, DAYS + 1); // no draw below the rate from 40 to the last day
    for (let d = 10; d <= 17; d++) expect(kept.find(3, d)).toBe(17);
    for (let d = 40; d <= DAYS; d++) expect(kept.find(3, d)).toBe(DAYS + 1);
    for (const d of [0, 9, 18, 39]) expect(kept.find(3, d)).toBe(-1);
    expect(kept.find(2, 12)).toBe(-1); // another soldier's spans are his own
    expect(kept.find(4, 12)).toBe(-1);
  });

  it("keeps a soldier's first SPANS spans only", () => {
    const kept = new ForgettingDays(1, 0.1, DAYS, 2);
    for (let s = 0; s <= SPANS; s++) kept.keep(1, 10 * s, 10 * s + 5);
    for (let s = 0; s < SPANS; s++) expect(kept.find(1, 10 * s + 2)).toBe(10 * s + 5);
    expect(kept.find(1, 10 * SPANS + 2)).toBe(-1);
  });

  it("answers spans kept in any order (later runs keep spells before a soldier's kept ones)", () => {
    const kept = new ForgettingDays(1, 0.1, DAYS, 2);
    kept.keep(0, 150, 160);
    kept.keep(0, 20, 30);
    kept.keep(0, 100, 120);
    for (const [from, t] of [[155, 160], [25, 30], [110, 120], [160, 160]]) expect(kept.find(0, from)).toBe(t);
    for (const from of [161, 140, 31, 5]) expect(kept.find(0, from)).toBe(-1);
  });

  it("spans kept from drawing give each start's first day below the rate (property)", () => {
    const rate = 0.075;
    const key = streamKey(7, "forgetting");
    const firstBelow = (i: number, from: number) => {
      let t = from;
      while (t <= DAYS && !(uniformAt(key, i, t) < rate)) t++;
      return t;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: DAYS })), { minLength: 1, maxLength: 60 }), (starts) => {
        const kept = new ForgettingDays(key, rate, DAYS, 4);
        for (const [i, from] of starts) {
          const found = kept.find(i, from);
          const truth = firstBelow(i, from);
          if (found >= 0) expect(found).toBe(truth);
          else kept.keep(i, from, truth);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("ForgettingDaysSlot", () => {
  it("keeps nothing for the first run with given values, keeps from the second, and starts over for others", () => {
    const slot = new ForgettingDaysSlot();
    expect(slot.for(1, 0.1, DAYS, 10)).toBeNull();
    const kept = slot.for(1, 0.1, DAYS, 10);
    expect(kept).toBeInstanceOf(ForgettingDays);
    expect(slot.for(1, 0.1, DAYS, 10)).toBe(kept);
    expect(slot.for(1, 0.2, DAYS, 10)).toBeNull(); // another rate: noted, not kept
    const other = slot.for(1, 0.2, DAYS, 10);
    expect(other).not.toBe(kept);
    expect(other?.matches(1, 0.2, DAYS, 10)).toBe(true);
    expect(slot.for(1, 0.1, DAYS, 10)).toBeNull(); // the first rate's spans were let go
    slot.clear();
    expect(slot.for(1, 0.1, DAYS, 10)).toBeNull();
  });

  it("told to keep from the first run, keeps from it", () => {
    const slot = new ForgettingDaysSlot(new SpanKeeping(1, false));
    const kept = slot.for(1, 0.1, DAYS, 10);
    expect(kept).toBeInstanceOf(ForgettingDays);
    expect(slot.for(1, 0.1, DAYS, 10)).toBe(kept);
    expect(slot.for(2, 0.1, DAYS, 10)?.matches(2, 0.1, DAYS, 10)).toBe(true); // another seed's key: new spans at once
  });

  it("a learning keeper's slots start a run later after spans read by no run, a run earlier after spans read, not before the first", () => {
    const keeping = new SpanKeeping(2, true);
    /** The run with values (1, 0.1) on a new slot of the keeper that keeps; `reads` runs follow it. */
    const keepingRun = (reads: number): number => {
      const slot = new ForgettingDaysSlot(keeping);
      let run = 1;
      while (slot.for(1, 0.1, DAYS, 10) === null) run++;
      for (let k = 0; k < reads; k++) slot.for(1, 0.1, DAYS, 10);
      slot.clear();
      return run;
    };
    expect(keepingRun(0)).toBe(2); // unread: the next slot keeps a run later
    expect(keepingRun(0)).toBe(3);
    expect(keepingRun(1)).toBe(4); // read: a run earlier
    expect(keepingRun(1)).toBe(3);
    expect(keepingRun(1)).toBe(2);
    expect(keepingRun(1)).toBe(2); // not before the first
    keepingRun(0);
    keeping.reset();
    expect(keepingRun(0)).toBe(2);
  });

  it("a slot that kept nothing, or a keeper that does not learn, leaves the keeping run where it was", () => {
    const learning = new SpanKeeping(2, true);
    const slot = new ForgettingDaysSlot(learning);
    expect(slot.for(1, 0.1, DAYS, 10)).toBeNull();
    slot.clear(); // one run only: nothing kept
    expect(learning.fromRun).toBe(2);
    const fixed = new SpanKeeping(2, false);
    const other = new ForgettingDaysSlot(fixed);
    other.for(1, 0.1, DAYS, 10);
    expect(other.for(1, 0.1, DAYS, 10)).toBeInstanceOf(ForgettingDays);
    other.clear(); // kept, never read
    expect(fixed.fromRun).toBe(2);
  });

  it("keeps nothing for armies over MOST_SOLDIERS (their spans would not stay in cache)", () => {
    const slot = new ForgettingDaysSlot(new SpanKeeping(1, false));
    expect(slot.for(1, 0.1, DAYS, MOST_SOLDIERS)).toBeInstanceOf(ForgettingDays);
    expect(slot.for(1, 0.1, DAYS, MOST_SOLDIERS + 1)).toBeNull();
    expect(slot.for(1, 0.1, DAYS, MOST_SOLDIERS + 1)).toBeNull();
  });

  it("keeps nothing for runs whose last day does not fit 16 bits", () => {
    const slot = new ForgettingDaysSlot();
    slot.for(1, 0.1, 70_000, 10);
    expect(slot.for(1, 0.1, 70_000, 10)).toBeNull();
  });
});
