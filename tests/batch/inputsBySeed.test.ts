/**
 * Soldiers kept by seed across a search's ensembles: handed out again only when a candidate draws
 * the same (runInputsCache.ts's rule), within the soldiers' limit; and the searches that use them
 * (quick calibration, the tipping point) give exactly the numbers of every run drawn afresh.
 */
import { describe, expect, it } from "vitest";
import { InputsBySeed, KEPT_SOLDIERS } from "../../src/batch/inputsBySeed";
import { chanceDaysBits } from "../../src/model/kernels/structures/chanceDays";
import { drawSalts, streamKey } from "../../src/model/random";
import { calibrate } from "../../src/calibration/calibrate";
import { ensembleMeans } from "../../src/calibration/ensembleMeans";
import { findTippingPoint } from "../../src/sweep/tippingPoint";
import { parseTarget } from "../../src/scenario/target";
import { foundationParams, simulate, type ModelParams } from "../../src/model";
import { runSeed } from "../../src/model/runSeed";

const base = (attractiveness: number, mean = 0.45): ModelParams =>
  foundationParams({
    size: 1500,
    days: 120,
    thresholds: { kind: "normal", mean, sd: 0.15 },
    offer: { attractiveness, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
    awareness: { initial: 0.1, leafletReach: 0.02, wordOfMouth: 0 },
    opportunity: 0.1,
  });

describe("InputsBySeed", () => {
  it("hands a seed's soldiers out again to a candidate that draws the same, and draws anew for one that does not", () => {
    const kept = new InputsBySeed();
    const first = kept.inputsFor(base(0.1), 7);
    expect(kept.inputsFor(base(0.3), 7)).toBe(first); // the offer is not drawn from
    expect(kept.inputsFor(base(0.3), 8)).not.toBe(first); // another seed
    const other = kept.inputsFor(base(0.3, 0.5), 7); // thresholds are drawn from
    expect(other).not.toBe(first);
    expect(Array.from(other.population.thresholds)).not.toEqual(Array.from(first.population.thresholds));
    expect(kept.inputsFor(base(0.1, 0.5), 7)).toBe(other);
    expect(kept.size).toBe(2);
  });

  it("keeps no more soldiers than its limit; the seeds beyond are drawn every time", () => {
    const kept = new InputsBySeed(3000);
    const inputs = [1, 2, 3].map((seed) => kept.inputsFor(base(0.1), seed));
    expect(kept.size).toBe(2);
    expect(kept.inputsFor(base(0.2), 1)).toBe(inputs[0]);
    expect(kept.inputsFor(base(0.2), 2)).toBe(inputs[1]);
    const third = kept.inputsFor(base(0.2), 3);
    expect(third).not.toBe(inputs[2]);
    expect(Array.from(third.population.thresholds)).toEqual(Array.from(inputs[2].population.thresholds));
  });

  it("keeps opportunity days for its seeds within a budget in all, and lets a seed's go with its soldiers", () => {
    const params = base(0.1);
    const salts = drawSalts(params.days);
    const kept = new InputsBySeed(KEPT_SOLDIERS, chanceDaysBits(params.size, params.days)); // room for one seed's days
    const [a, b] = [1, 2].map((seed) => kept.inputsFor(params, seed));
    const daysOf = (inputs: typeof a, seed: number) => inputs.chanceDays?.for(streamKey(seed, "opportunity"), params.opportunity, params.days, params.size, salts) ?? null;
    expect(daysOf(a, 1)).not.toBeNull();
    expect(daysOf(b, 2)).toBeNull(); // no room left: drawn every run
    kept.inputsFor(base(0.1, 0.5), 1); // seed 1 now draws other soldiers: its days go
    expect(daysOf(b, 2)).not.toBeNull();
  });
});

describe("searches on kept soldiers give the numbers of fresh draws", () => {
  const runs = 8;
  const seed = 100;

  it("quick calibration: the achieved mean at the fitted value is that of runs drawn afresh", () => {
    const target = parseTarget("defected@day=100:0.2");
    const result = calibrate({ build: (v) => base(v[0]), fit: ["offer.attractiveness"], targets: [target], runs, seed, ranges: { "offer.attractiveness": [0, 0.5] } });
    const fresh = ensembleMeans(base(result.parameters[0].value), [target], runs, seed);
    expect(result.achieved[0].mean).toBe(fresh.means[0]);
    expect(result.achieved[0].standardError).toBe(fresh.standardErrors[0]);
  });

  it("ensemble means with kept soldiers equal fresh ones, candidate after candidate", () => {
    const target = [parseTarget("defected@day=60:0.2"), parseTarget("aware@day=120:0.5")];
    const kept = new InputsBySeed();
    for (const [a, mean] of [[0.1, 0.45], [0.25, 0.45], [0.25, 0.4], [0.05, 0.45]]) {
      const withKept = ensembleMeans(base(a, mean), target, runs, seed, (p, s) => kept.inputsFor(p, s));
      expect(withKept).toEqual(ensembleMeans(base(a, mean), target, runs, seed));
    }
  });

  it("the tipping point: the probability at the value found is that of runs drawn afresh", () => {
    const build = (a: number) => ({ ...base(a), thresholds: { kind: "normal" as const, mean: 0.3, sd: 0.1 } });
    const found = findTippingPoint({ build, path: "offer.attractiveness", range: [0, 0.6], integer: false, level: 0.5, runs, seed });
    let cascades = 0;
    for (let r = 0; r < runs; r++) if (simulate(build(found.value), runSeed(seed, r)).summary.cascade) cascades++;
    expect(found.atValue).toBe(cascades / runs);
  });
});
