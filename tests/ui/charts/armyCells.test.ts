import { describe, expect, it } from "vitest";
import { armyCells, dayPalette, packRgb } from "../../../src/ui/charts/armyCells";
import { COLOURS, dayColour, rgbOf } from "../../../src/ui/charts/palette";

const packed = (colour: string) => packRgb(...rgbOf(colour));

describe("armyCells", () => {
  it("gives one cell per soldier up to the limit: loyal grey, caught vermillion, defectors by day", () => {
    const fate = Int32Array.from([-1, 0, 5, -2 - 3, 10]);
    const cells = armyCells(fate, 5, 2, 10);
    expect(cells.mode).toBe("soldier");
    expect(cells.cells).toBe(5);
    expect(cells.blockSize).toBe(2);
    expect([cells.firstDay, cells.lastDay]).toEqual([0, 10]);
    expect(cells.colours[0]).toBe(packed(COLOURS.loyal));
    expect(cells.colours[3]).toBe(packed(COLOURS.caught));
    const palette = dayPalette(0, 10);
    expect(cells.colours[1]).toBe(palette[0]);
    expect(cells.colours[4]).toBe(palette[10]);
    expect(cells.colours[2]).not.toBe(cells.colours[4]);
  });
  it("the day palette kept from the last call is the one a fresh call for those days gives", () => {
    const fresh = (first: number, last: number) => Array.from({ length: last + 1 }, (_, d) => packed(dayColour(last > first ? (d - first) / (last - first) : 0)));
    expect(Array.from(dayPalette(3, 3650))).toEqual(fresh(3, 3650));
    expect(Array.from(dayPalette(3, 3650))).toEqual(fresh(3, 3650));
    expect(Array.from(dayPalette(5, 3650))).toEqual(fresh(5, 3650));
    expect(Array.from(dayPalette(0, 10))).toEqual(fresh(0, 10));
  });
  it("groups whole units past the limit and preserves the totals", () => {
    const n = 1000;
    const fate = Int32Array.from({ length: n }, (_, i) => (i % 3 === 0 ? i % 50 : i % 7 === 0 ? -5 : -1));
    const cells = armyCells(fate, n, 10, 60, 30);
    expect(cells.mode).toBe("group");
    expect(cells.perCell % 10).toBe(0);
    expect(cells.cells).toBeLessThanOrEqual(30);
    const defected = fate.filter((f) => f >= 0).length;
    const caught = fate.filter((f) => f <= -2).length;
    expect(cells.defected.reduce((a, b) => a + b, 0)).toBe(defected);
    expect(cells.caught.reduce((a, b) => a + b, 0)).toBe(caught);
  });
  it("shows only the soldiers on the roll", () => {
    expect(armyCells(new Int32Array(10).fill(-1), 4, 2, 5).cells).toBe(4);
  });
  // How fast it is belongs to the bench (npm run bench:charts), not to a timed unit test.
  it("aggregates a million soldiers into 10,000 cells, every defector counted once", () => {
    const fate = Int32Array.from({ length: 1_000_000 }, (_, i) => (i % 4 === 0 ? i % 365 : -1));
    const cells = armyCells(fate, fate.length, 100, 365);
    expect(cells.cells).toBe(10_000);
    expect(cells.defected.reduce((a, b) => a + b, 0)).toBe(fate.filter((f) => f >= 0).length);
  });
});

describe("packRgb", () => {
  it("packs little-endian RGBA with full alpha", () => {
    expect(packRgb(1, 2, 3)).toBe(0xff030201);
  });
});
