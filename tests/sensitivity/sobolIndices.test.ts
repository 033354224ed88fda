import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { saltelliDesign, saltelliPointCount } from "../../src/sensitivity/saltelliDesign";
import { sobolIndices, type SaltelliValues } from "../../src/sensitivity/sobolIndices";
import { sobolConvergence } from "../../src/sensitivity/sobolConvergence";

/** f over Saltelli's design, gathered into f(A), f(B) and f(AB_i). */
function evaluate(baseRows: number, inputs: number, f: (x: Float64Array) => number): SaltelliValues {
  const values: SaltelliValues = { fA: new Float64Array(baseRows), fB: new Float64Array(baseRows), fAB: Array.from({ length: inputs }, () => new Float64Array(baseRows)) };
  for (const point of saltelliDesign(baseRows, inputs)) {
    const y = f(point.unit);
    if (point.matrix === "A") values.fA[point.base] = y;
    else if (point.matrix === "B") values.fB[point.base] = y;
    else values.fAB[point.matrix][point.base] = y;
  }
  return values;
}

const within = (value: number, interval: { low: number; high: number }) => interval.low <= value && value <= interval.high;

describe("saltelliDesign", () => {
  it("has N (k + 2) points, AB_i equal to A except column i, which is B's", () => {
    const design = saltelliDesign(8, 3);
    expect(design.length).toBe(saltelliPointCount(8, 3));
    const [a, b, ab0, ab1] = design.slice(5 * 3, 5 * 3 + 4);
    expect([a.matrix, b.matrix, ab0.matrix, ab1.matrix]).toEqual(["A", "B", 0, 1]);
    expect(Array.from(ab0.unit)).toEqual([b.unit[0], a.unit[1], a.unit[2]]);
    expect(Array.from(ab1.unit)).toEqual([a.unit[0], b.unit[1], a.unit[2]]);
  });
});

describe("sobolIndices", () => {
  // Ishigami & Homma (1990), a = 7, b = 0.1, inputs uniform on [-pi, pi]; analytic indices from
  // the closed-form partial variances (Saltelli et al. 2008, section 4.7).
  const A = 7;
  const B = 0.1;
  const pi4 = Math.PI ** 4;
  const V1 = 0.5 * (1 + (B * pi4) / 5) ** 2;
  const V2 = A ** 2 / 8;
  const V13 = B ** 2 * pi4 ** 2 * (1 / 18 - 1 / 50);
  const V = V1 + V2 + V13;
  const ishigami = (u: Float64Array) => {
    const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
    return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
  };

  it("Ishigami (a = 7, b = 0.1) at N = 4096: every analytic index inside its 95% bootstrap interval, each interval under 0.1 wide", () => {
    const indices = sobolIndices(evaluate(4096, 3, ishigami), seedrandom("ishigami"), 500);
    const first = [V1 / V, V2 / V, 0];
    const total = [(V1 + V13) / V, V2 / V, V13 / V];
    expect(first.map((s) => Number(s.toFixed(4)))).toEqual([0.3139, 0.4424, 0]);
    expect(total.map((s) => Number(s.toFixed(4)))).toEqual([0.5576, 0.4424, 0.2437]);
    for (let i = 0; i < 3; i++) {
      expect(within(first[i], indices.firstInterval[i]), `S${i + 1} = ${indices.first[i]} ${JSON.stringify(indices.firstInterval[i])}`).toBe(true);
      expect(within(total[i], indices.totalInterval[i]), `ST${i + 1} = ${indices.total[i]} ${JSON.stringify(indices.totalInterval[i])}`).toBe(true);
      expect(indices.firstInterval[i].high - indices.firstInterval[i].low).toBeLessThan(0.1);
      expect(indices.totalInterval[i].high - indices.totalInterval[i].low).toBeLessThan(0.1);
    }
    expect(sobolConvergence(["x1", "x2", "x3"], indices, 0.1)).toEqual([]);
  });

  it("Sobol's G-function (a = 0, 1, 4.5, 9, 99, 99) at N = 4096: analytic indices inside their intervals", () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const g = (u: Float64Array) => a.reduce((product, ai, i) => (product * (Math.abs(4 * u[i] - 2) + ai)) / (1 + ai), 1);
    const partial = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
    const totalVariance = partial.reduce((p, v) => p * (1 + v), 1) - 1;
    const first = partial.map((v) => v / totalVariance);
    const total = partial.map((v, i) => (v * partial.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / totalVariance);
    const indices = sobolIndices(evaluate(4096, 6, g), seedrandom("g-function"), 500);
    for (let i = 0; i < 6; i++) {
      expect(within(first[i], indices.firstInterval[i]), `S${i + 1} = ${indices.first[i]} vs ${first[i]} ${JSON.stringify(indices.firstInterval[i])}`).toBe(true);
      expect(within(total[i], indices.totalInterval[i]), `ST${i + 1} = ${indices.total[i]} vs ${total[i]} ${JSON.stringify(indices.totalInterval[i])}`).toBe(true);
    }
    // The ranking the G-function is built for: smaller a, more important.
    expect(Array.from(indices.total).map((_, i) => i).sort((p, q) => indices.total[q] - indices.total[p]).slice(0, 4)).toEqual([0, 1, 2, 3]);
  });

  it("is undefined (NaN) for an output that does not vary, and the convergence check says so", () => {
    const indices = sobolIndices(evaluate(64, 2, () => 3), seedrandom("flat"), 50);
    expect(Number.isNaN(indices.first[0])).toBe(true);
    expect(sobolConvergence(["x", "y"], indices, 0.1)[0].message).toMatch(/does not vary/);
  });
});

describe("sobolConvergence", () => {
  it("says the sample is too small at N = 32 on Ishigami (intervals wider than 0.05), naming the input", () => {
    const indices = sobolIndices(
      evaluate(32, 3, (u) => {
        const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v);
        return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
      }),
      seedrandom("small"),
      300,
    );
    const findings = sobolConvergence(["x1", "x2", "x3"], indices, 0.05);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].message).toMatch(/wider than the tolerance 0.05/);
    expect(["x1", "x2", "x3"]).toContain(findings[0].input);
  });

  it("flags an index whose interval lies wholly outside [0, 1] and a first-order index clearly above its total", () => {
    const findings = sobolConvergence(["p"], { first: Float64Array.of(0.9), total: Float64Array.of(0.5), firstInterval: [{ low: 0.85, high: 0.95 }], totalInterval: [{ low: -0.2, high: -0.1 }], variance: 1 }, 0.5);
    expect(findings.map((f) => f.message)).toEqual([
      "total index 0.5 is outside [0, 1] beyond its interval (-0.2 to -0.1)",
      "first-order index 0.9 is above the total 0.5 beyond both intervals",
    ]);
  });
});
