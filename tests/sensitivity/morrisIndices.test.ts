import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { morrisDelta, morrisDesign, morrisPointCount } from "../../src/sensitivity/morrisDesign";
import { morrisIndices } from "../../src/sensitivity/morrisIndices";

describe("morrisDesign", () => {
  it("keeps every point on the p-level grid and moves one input per step by Delta", () => {
    const levels = 6;
    const delta = morrisDelta(levels);
    const design = morrisDesign(20, 5, levels, seedrandom("grid"));
    expect(design.length).toBe(morrisPointCount(20, 5));
    for (const [p, point] of design.entries()) {
      for (const u of point.unit) {
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.abs(u * (levels - 1) - Math.round(u * (levels - 1)))).toBeLessThan(1e-9);
      }
      if (point.step === 0) continue;
      const before = design[p - 1].unit;
      const changed = Array.from(point.unit).flatMap((u, i) => (u !== before[i] ? [i] : []));
      expect(changed).toEqual([point.moved]);
      expect(Math.abs(Math.abs(point.unit[point.moved] - before[point.moved]) - delta)).toBeLessThan(1e-12);
    }
    // Every input moves exactly once per trajectory.
    for (let t = 0; t < 20; t++) expect(design.filter((p) => p.trajectory === t && p.step > 0).map((p) => p.moved).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("is the same design for the same seed", () => {
    expect(morrisDesign(4, 3, 4, seedrandom("s"))).toEqual(morrisDesign(4, 3, 4, seedrandom("s")));
  });
});

describe("morrisIndices", () => {
  it("ranks a function with a linear, a non-linear and an inert input: non-linear > linear > inert; sigma 0 for the linear one; the inert one exactly 0", () => {
    // f = x0 + 4 x1^2 + 0 x2 on [0, 1]^3.
    const f = (u: Float64Array) => u[0] + 4 * u[1] ** 2;
    const design = morrisDesign(30, 3, 4, seedrandom("rank"));
    const values = design.map((p) => f(p.unit));
    const m = morrisIndices(design, values, 3, seedrandom("boot"), 500);
    expect(m.muStar[1]).toBeGreaterThan(m.muStar[0]);
    expect(m.muStar[0]).toBeGreaterThan(m.muStar[2]);
    expect(m.muStarInterval[1].low).toBeGreaterThan(m.muStarInterval[0].high);
    // Linear: every effect is the slope 1.
    expect(m.muStar[0]).toBeCloseTo(1, 12);
    expect(m.sigma[0]).toBeCloseTo(0, 12);
    // Non-linear: effects 4 (2x + Delta) differ with x, so sigma > 0; mu* lies between the smallest and largest slope.
    expect(m.sigma[1]).toBeGreaterThan(0.5);
    expect(m.muStar[1]).toBeGreaterThan(4 * morrisDelta(4));
    expect(m.muStar[1]).toBeLessThan(4 * (2 * (1 - morrisDelta(4)) + morrisDelta(4)) + 1e-9);
    // Inert: nothing moves.
    expect([m.muStar[2], m.sigma[2], m.muStarInterval[2].low, m.muStarInterval[2].high]).toEqual([0, 0, 0, 0]);
  });

  it("gives mu near 0 but mu* large for an input whose effect changes sign (the reason for mu*)", () => {
    // f = (x0 - 0.5) x1 + x1: x0's effect is x1, x1's effect depends on x0 both ways.
    const f = (u: Float64Array) => (u[0] - 0.5) * (2 * u[1] - 1) * 4;
    const design = morrisDesign(40, 2, 4, seedrandom("sign"));
    const m = morrisIndices(design, design.map((p) => f(p.unit)), 2, seedrandom("boot"), 200);
    for (const i of [0, 1]) expect(Math.abs(m.mu[i])).toBeLessThan(0.5 * m.muStar[i]);
  });
});
