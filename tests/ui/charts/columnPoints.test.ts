import { describe, expect, it } from "vitest";
import { columnPoints } from "../../../src/ui/charts/columnPoints";

/** A seeded walk, so the test pins exact values (mulberry32). */
function walk(n: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float64Array(n);
  for (let d = 1; d < n; d++) out[d] = out[d - 1] + random() - 0.5;
  return out;
}

describe("columnPoints", () => {
  it("keeps every day when a pixel column holds two days or fewer", () => {
    const values = walk(200, 1);
    expect(columnPoints(values, 200, (d) => d * 2)).toEqual(Array.from({ length: 200 }, (_, d) => d));
    expect(columnPoints(values, 200, (d) => d / 2)).toEqual(Array.from({ length: 200 }, (_, d) => d));
  });

  it("keeps each column's first, lowest, highest and last day, in day order", () => {
    const values = walk(3651, 7);
    const x = (d: number) => (d * 600) / 3650;
    const kept = columnPoints(values, 3651, x);
    expect(kept.length).toBeLessThanOrEqual(4 * 601);
    expect(kept.length).toBeLessThan(3651);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(new Set(kept).size).toBe(kept.length);
    const byColumn = new Map<number, number[]>();
    for (let d = 0; d < 3651; d++) {
      const c = Math.floor(x(d));
      if (!byColumn.has(c)) byColumn.set(c, []);
      byColumn.get(c)!.push(d);
    }
    for (const days of byColumn.values()) {
      const inColumn = kept.filter((d) => days.includes(d));
      const all = days.map((d) => values[d]);
      const shown = inColumn.map((d) => values[d]);
      // The line enters and leaves the column at the same days and spans the same values in it.
      expect(inColumn[0]).toBe(days[0]);
      expect(inColumn.at(-1)).toBe(days.at(-1));
      expect(Math.min(...shown)).toBe(Math.min(...all));
      expect(Math.max(...shown)).toBe(Math.max(...all));
    }
  });

  it("keeps two days a column of a rising series (its first and last)", () => {
    const rising = Float64Array.from({ length: 1000 }, (_, d) => d * d);
    expect(columnPoints(rising, 1000, (d) => d / 10)).toEqual(Array.from({ length: 100 }, (_, c) => [c * 10, c * 10 + 9]).flat());
  });

  it("counts columns in device pixels", () => {
    const values = walk(100, 3);
    // Half a CSS pixel a day: one CSS column holds two days, but each day has a device pixel of its own at ratio 2.
    expect(columnPoints(values, 100, (d) => d / 2, 2)).toHaveLength(100);
    expect(columnPoints([], 0, (d) => d)).toEqual([]);
  });
});
