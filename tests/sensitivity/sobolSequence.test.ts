import { describe, expect, it } from "vitest";
import { directionNumbers, sobolPoints } from "../../src/sensitivity/sobolSequence";
import { JOE_KUO_DIRECTIONS, MAX_SOBOL_DIMENSIONS } from "../../src/sensitivity/joeKuoDirections";

describe("sobolPoints", () => {
  it("gives the published first 8 points in 5 dimensions (scipy.stats.qmc.Sobol, unscrambled, Joe-Kuo 6.21201)", () => {
    // As pinned in optuna's tests/samplers_tests/test_qmc.py against scipy's Sobol(scramble=False).
    const published = [
      [0, 0, 0, 0, 0],
      [0.5, 0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25, 0.75],
      [0.25, 0.75, 0.75, 0.75, 0.25],
      [0.375, 0.375, 0.625, 0.875, 0.375],
      [0.875, 0.875, 0.125, 0.375, 0.875],
      [0.625, 0.125, 0.875, 0.625, 0.625],
      [0.125, 0.625, 0.375, 0.125, 0.125],
    ];
    expect(sobolPoints(8, 5).map((row) => Array.from(row))).toEqual(published);
  });

  it("has the published generating matrices of dimensions 1-5 to 5 digits (TensorFlow Probability's sobol_generating_matrices test)", () => {
    const published = [
      [16, 8, 4, 2, 1],
      [16, 24, 20, 30, 17],
      [16, 24, 12, 18, 29],
      [16, 24, 4, 10, 31],
      [16, 8, 4, 22, 31],
    ];
    const ours = published.map((_, d) => Array.from(directionNumbers(d + 1).slice(1, 6), (v) => v >>> 26));
    expect(ours).toEqual(published);
  });

  it("puts the first 2^m points of every dimension exactly on the fractions k / 2^m", () => {
    const m = 8;
    const points = sobolPoints(2 ** m, MAX_SOBOL_DIMENSIONS);
    for (let d = 0; d < MAX_SOBOL_DIMENSIONS; d++) {
      const column = points.map((row) => row[d] * 2 ** m).sort((a, b) => a - b);
      expect(column).toEqual(Array.from({ length: 2 ** m }, (_, k) => k));
    }
  });

  it("repeats no point among the first 1024 in 51 dimensions", () => {
    const points = sobolPoints(1024, MAX_SOBOL_DIMENSIONS);
    const keys = new Set(points.map((row) => Array.from(row).join(",")));
    expect(keys.size).toBe(1024);
  });

  it("refuses more dimensions than the table holds", () => {
    expect(() => sobolPoints(4, MAX_SOBOL_DIMENSIONS + 1)).toThrow(/invalid dimensions/);
  });
});

describe("JOE_KUO_DIRECTIONS", () => {
  it("rows are well formed: m_k odd and below 2^k, a below 2^(s-1), and as many polynomials of each degree as there are primitive ones", () => {
    for (const { a, m } of JOE_KUO_DIRECTIONS) {
      m.forEach((value, k) => {
        expect(value % 2).toBe(1);
        expect(value).toBeLessThan(2 ** (k + 1));
      });
      expect(a).toBeLessThan(2 ** Math.max(0, m.length - 1));
    }
    const byDegree = new Map<number, number>();
    for (const { m } of JOE_KUO_DIRECTIONS) byDegree.set(m.length, (byDegree.get(m.length) ?? 0) + 1);
    // Primitive polynomials over GF(2) of degree 1..7: 1, 1, 2, 2, 6, 6, 18 (degree 8 is cut short).
    expect([1, 2, 3, 4, 5, 6, 7].map((s) => byDegree.get(s))).toEqual([1, 1, 2, 2, 6, 6, 18]);
  });
});
