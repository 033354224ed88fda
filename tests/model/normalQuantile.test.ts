/** Acklam's inverse normal CDF against published quantiles (R's qnorm) and its stated error bound. */
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../src/model/normalQuantile";

describe("normalQuantile", () => {
  it("matches R's qnorm in the centre and both tails", () => {
    // qnorm(c(0.5, 0.975, 0.025, 0.8, 1e-6, 0.999999, 0.01))
    const cases: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.025, -1.959963984540054],
      [0.8, 0.8416212335729143],
      [1e-6, -4.753424308822899],
      [0.999999, 4.753424308822899],
      [0.01, -2.326347874040841],
    ];
    for (const [p, z] of cases) expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.15e-9 * Math.max(1, Math.abs(z)));
  });

  it("is increasing, so a higher uniform always gives a higher threshold (common random numbers stay monotone)", () => {
    let previous = -Infinity;
    for (let k = 1; k < 10_000; k++) {
      const z = normalQuantile(k / 10_000);
      expect(z).toBeGreaterThan(previous);
      previous = z;
    }
  });

  it("is odd around one half, across the branch points at 0.02425 and 0.97575", () => {
    for (const p of [0.001, 0.02, 0.02425, 0.0243, 0.3]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 8);
  });
});
