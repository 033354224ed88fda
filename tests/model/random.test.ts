import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { drawBits, drawSalt, drawSalts, sequentialStream, streamKey, uniformAt, uniformAtSalted } from "../../src/model/random";

describe("counter-based uniforms", () => {
  it("pins the first draws of a fixed key (a change here changes every run's numbers)", () => {
    const key = streamKey(42, "thresholds");
    expect(key).toBe(streamKey(42, "thresholds"));
    const first = [0, 1, 2].map((i) => uniformAt(key, i, 0));
    expect(first.map((u) => u.toFixed(12))).toEqual(["0.313976045349", "0.117856977624", "0.935066086357"]);
    expect(uniformAt(key, 5, 7)).toBe(uniformAt(key, 5, 7));
  });

  it("streams and seeds give different numbers", () => {
    expect(streamKey(1, "thresholds")).not.toBe(streamKey(1, "opportunity"));
    expect(streamKey(1, "thresholds")).not.toBe(streamKey(2, "thresholds"));
  });

  it("is uniform on (0, 1): mean, variance and a chi-square over 20 bins stay in range over 200,000 draws", () => {
    const key = streamKey(7, "opportunity");
    const bins = new Array(20).fill(0);
    let sum = 0;
    let sumSq = 0;
    const n = 200_000;
    let outside = 0;
    for (let k = 0; k < n; k++) {
      const u = uniformAt(key, k % 1000, Math.floor(k / 1000));
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
      bins[Math.floor(u * 20)]++;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
    const expected = n / 20;
    const chi2 = bins.reduce((s, b) => s + ((b - expected) ** 2) / expected, 0);
    expect(chi2).toBeLessThan(43.8); // 99.9th percentile of chi-square with 19 degrees of freedom
  });

  it("neighbouring soldiers and days are not correlated", () => {
    const key = streamKey(3, "catch");
    let cov = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) cov += (uniformAt(key, i, 0) - 0.5) * (uniformAt(key, i + 1, 0) - 0.5) + (uniformAt(key, i, 0) - 0.5) * (uniformAt(key, i, 1) - 0.5);
    expect(Math.abs(cov / n / 2)).toBeLessThan(0.002);
  });

  it("in two parts (the draw's part computed once per k) gives uniformAt's numbers exactly", () => {
    const u32 = fc.integer({ min: 0, max: 2 ** 32 - 1 });
    fc.assert(
      fc.property(u32, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 100_000 }), (key, i, k) => {
        expect(uniformAtSalted(key, i, drawSalt(k))).toBe(uniformAt(key, i, k));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("draws with the draw number's part hoisted (uniformAtSalted)", () => {
  it("give uniformAt's number bit for bit, for soldiers and days near every 32-bit edge", () => {
    const key = streamKey(11, "forgetting");
    const parts = drawSalts(400);
    expect(parts.length).toBe(401);
    const soldiers = [0, 1, 2, 1000, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 9_999_999];
    let compared = 0;
    for (const i of soldiers) {
      for (const k of [0, 1, 2, 7, 364, 365, 400]) {
        expect(parts[k]).toBe(drawSalt(k));
        expect(uniformAtSalted(key, i, parts[k])).toBe(uniformAt(key, i, k));
        compared++;
      }
    }
    for (let i = 0; i < 2000; i++) {
      const k = (i * 7919) % 401;
      expect(uniformAtSalted(key, i * 4099, parts[k])).toBe(uniformAt(key, i * 4099, k));
      compared++;
    }
    expect(compared).toBe(soldiers.length * 7 + 2000);
  });

  it("compare with a rate on their 32 bits exactly as the uniform does, at the rate's own edges", () => {
    const key = streamKey(12, "forgetting");
    const parts = drawSalts(50);
    let agreed = 0;
    for (let i = 0; i < 400; i++) {
      for (let k = 0; k <= 50; k++) {
        const bits = drawBits(key, i, parts[k]);
        const u = uniformAt(key, i, k);
        expect(u).toBe((bits + 0.5) / 4294967296);
        // rates at this very draw (u itself and the doubles either side) and some ordinary ones
        for (const rate of [u, u * (1 - 2 ** -52), u * (1 + 2 ** -52), 0.0751, 5e-324, 1]) {
          expect(bits + 0.5 < rate * 4294967296).toBe(u < rate);
          agreed++;
        }
      }
    }
    expect(agreed).toBe(400 * 51 * 6);
  });
});

describe("sequential streams", () => {
  it("repeat for the same seed and name", () => {
    const a = sequentialStream(9, "network");
    const b = sequentialStream(9, "network");
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(sequentialStream(9, "network")()).not.toBe(sequentialStream(9, "subgroups")());
  });

  it("drawSalts lists drawSalt for every day of a run", () => {
    const salts = drawSalts(400);
    expect(salts.length).toBe(401);
    for (const k of [0, 1, 399, 400]) expect(salts[k]).toBe(drawSalt(k));
  });

  it("drawBits is the integer behind uniformAt, for every draw k", () => {
    const key = streamKey(9, "thresholds");
    for (const k of [0, 1, 65536]) {
      const salt = drawSalt(k);
      for (const i of [0, 1, 2, 1000, 2 ** 24 + 3, 9_999_999]) expect((drawBits(key, i, salt) + 0.5) / 2 ** 32).toBe(uniformAt(key, i, k));
    }
  });
});
