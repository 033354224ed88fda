import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UnitParts } from "../../../../src/model/kernels/structures/unitParts";
import { RunScratch } from "../../../../src/model/kernels/state/scratch";

const build = (capacity: number, unitSize: number) => new UnitParts(new Float64Array(capacity).fill(Infinity), unitSize, new RunScratch());

describe("UnitParts", () => {
  it("cuts the soldiers into runs that cover each once, each within one unit and one block of 64, and runOf finds each soldier's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 700 }), (capacity, unitSize) => {
        const parts = build(capacity, unitSize);
        const { runStart, runUnit, runMin } = parts;
        expect(runStart[0]).toBe(0);
        expect(runStart[runMin.length]).toBe(capacity);
        for (let r = 0; r < runMin.length; r++) {
          const start = runStart[r];
          const end = runStart[r + 1];
          expect(end).toBeGreaterThan(start);
          expect(Math.floor(start / unitSize)).toBe(runUnit[r]);
          expect(Math.floor((end - 1) / unitSize)).toBe(runUnit[r]);
          expect((end - 1) >> 6).toBe(start >> 6);
          for (let i = start; i < end; i++) expect(parts.runOf(i)).toBe(r);
        }
        // Runs are as long as they can be: each ends at a unit's or a block's end.
        for (let r = 0; r + 1 < runMin.length; r++) expect(runStart[r + 1] % unitSize === 0 || runStart[r + 1] % 64 === 0).toBe(true);
        expect(parts.part.length).toBe(Math.ceil(capacity / unitSize));
      }),
      { numRuns: 200 },
    );
  });

  it("setOwn stores a soldier's own part and lowers his run's bound only", () => {
    const parts = build(300, 100);
    parts.setOwn(150, 0.4);
    parts.setOwn(151, 0.7);
    const r = parts.runOf(150);
    expect(parts.own[150]).toBe(0.4);
    expect(parts.runMin[r]).toBe(0.4);
    expect(Array.from(parts.runMin).filter((m) => m !== Infinity)).toEqual([0.4]);
    parts.setOwn(150, Infinity); // leaving: the bound stays a lower bound until the run is scanned
    expect(parts.runMin[r]).toBe(0.4);
  });
});
