import { describe, expect, it } from "vitest";
import { bandwagon, foundationParams, simulate } from "../../src/model";

const list = (values: number[]) => ({ kind: "list" as const, values });

describe("Kuran's bandwagon curve", () => {
  it("F(x) is the share of thresholds at or below x", () => {
    const curve = bandwagon([0.5, 0.1, 0.3, 0.3]);
    expect(curve.share(0)).toBe(0);
    expect(curve.share(0.1)).toBe(0.25);
    expect(curve.share(0.3)).toBe(0.75);
    expect(curve.share(0.99)).toBe(1);
    expect(curve.curve(3)).toEqual([{ x: 0, y: 0 }, { x: 0.5, y: 1 }, { x: 1, y: 1 }]);
  });

  it("equilibria are exactly those of the definition (#{t <= k/N} = k, stable when #{t <= (k+1)/N} <= k+1), thresholds on the grid and tied included", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 40);
      // Thresholds on the grid k/N (where equilibria sit), off it, tied, below 0 and above 1.
      const t = Array.from({ length: n }, () => (random() < 0.5 ? Math.floor(random() * (n + 2)) / n : random() * 1.4 - 0.2));
      const atMost = (x: number) => t.filter((v) => v <= x).length;
      const expected = [];
      for (let k = 0; k <= n; k++) if (atMost(k / n) === k) expected.push({ share: k / n, count: k, stable: k === n || atMost((k + 1) / n) <= k + 1 });
      expect(bandwagon(t).equilibria()).toEqual(expected);
    }
  });
  it("equilibria are the shares k/N where F meets the 45-degree line, tipping points marked unstable", () => {
    // Thresholds 0, 0.5, 0.5, 0.5: F(1/4) = 1/4, but one more defector (2/4) tips all the rest; F(1) = 1.
    const eq = bandwagon([0, 0.5, 0.5, 0.5]).equilibria();
    expect(eq).toEqual([
      { share: 0.25, count: 1, stable: false },
      { share: 1, count: 4, stable: true },
    ]);
    // No one defects alone: the army rests at zero, and one defector (1/4 < 0.3) sets off no one.
    const calm = bandwagon([0.3, 0.6, 0.6, 0.9]).equilibria();
    expect(calm[0]).toEqual({ share: 0, count: 0, stable: true });
  });

  const cases: [string, number[]][] = [
    ["evenly spread {0, .1, ..., .8, 1}", [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1]],
    ["a bunched crowd {.2, .2, .2, .3, ...}", [0.2, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1]],
    ["one zealot and a bunch at .1", [0, 0.1, 0.1, 0.1, 0.1, 0.5, 0.5, 0.5, 0.9, 0.9]],
    ["Granovetter's perturbed hundred", Array.from({ length: 100 }, (_, i) => (i === 1 ? 0.02 : i / 100))],
  ];
  for (const [name, thresholds] of cases) {
    it(`the simulated final share is the lowest equilibrium reached from zero: ${name}`, () => {
      const run = simulate(foundationParams({ size: thresholds.length, days: 200, thresholds: list(thresholds) }), 1);
      const curve = bandwagon(thresholds);
      expect(run.summary.finalShare).toBe(curve.settlesAt(0));
      expect(curve.equilibria()[0].share).toBe(curve.settlesAt(0));
    });
  }

  it("a small shift of the thresholds moves the equilibrium from a few percent to nearly everyone", () => {
    const n = 1000;
    const normal = (mean: number) =>
      simulate(foundationParams({ size: n, days: 300, thresholds: { kind: "normal", mean, sd: 0.12 } }), 5);
    const low = normal(0.26);
    const high = normal(0.24);
    expect(low.summary.finalShare).toBeLessThan(0.1);
    expect(high.summary.finalShare).toBeGreaterThan(0.9);
    expect(bandwagon(low.thresholds).settlesAt(0)).toBe(low.summary.finalShare);
    expect(bandwagon(high.thresholds).settlesAt(0)).toBe(high.summary.finalShare);
  });
});
