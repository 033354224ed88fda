/**
 * buildPopulation: only what is used is drawn, and what is not drawn is what the draws would give;
 * the initial defectors are the first picks of one seeded shuffle whatever their number.
 */
import { describe, expect, it } from "vitest";
import { buildPopulation, foundationParams, type ModelParams } from "../../src/model";
import { streamKey, uniformAt } from "../../src/model/random";
import { pendingThresholdDraws } from "../../src/model/population";
import { drawThreshold } from "../../src/model/thresholds";

const base = foundationParams({ size: 2000, days: 10 });

describe("buildPopulation", () => {
  it("gives the first picks of a larger count of initial defectors to a smaller count (a few picks and many are drawn differently)", () => {
    // 6,000 of 100,000 is drawn over a virtual pool, 50,000 over a whole one; swaps often move a
    // soldier twice in the first (a slot moved, then picked), where a wrong pool would show.
    const army = { ...base, size: 100_000 };
    for (const seed of [1, 2, 3]) {
      const picks = (count: number) => Array.from(buildPopulation({ ...army, initialDefectors: { kind: "count", count } }, seed).initialDefectors);
      const many = picks(50_000);
      for (const few of [1, 100, 6000]) expect(picks(few)).toEqual(many.slice(0, few));
      expect(new Set(many).size).toBe(50_000);
      expect(many.every((i) => i >= 0 && i < army.size)).toBe(true);
    }
  });

  it("builds arrays of mechanisms that are off only when read, with what the draws would give", () => {
    const off = buildPopulation(base, 3) as unknown as { built: Record<string, unknown> } & ReturnType<typeof buildPopulation>;
    expect(Object.keys(off.built)).toEqual([]);
    expect(off.eligible.every((v) => v === 1)).toBe(true);
    expect(off.family.every((v) => v === 0)).toBe(true);
    expect(off.initiallyAware.every((v) => v === 1)).toBe(true);
    expect(off.awarenessResistance.every((v) => v === Infinity)).toBe(true);
    expect(off.joinDay.every((v) => v === 0)).toBe(true);
    expect(Object.keys(off.built).sort()).toEqual(["awarenessResistance", "eligible", "family", "initiallyAware", "joinDay"]);
  });

  it("draws eligibility, families and awareness where their share is strictly between 0 and 1, with the soldier's own draw", () => {
    const on: ModelParams = { ...base, ineligibleShare: 0.3, deterrence: { ...base.deterrence, familyShare: 0.4 }, awareness: { initial: 0.5, leafletReach: 0.1, wordOfMouth: 0 } };
    const population = buildPopulation(on, 11);
    const eligibility = streamKey(11, "eligibility");
    const family = streamKey(11, "family");
    const resistance = streamKey(11, "awareness");
    for (let i = 0; i < on.size; i++) {
      expect(population.eligible[i]).toBe(uniformAt(eligibility, i, 0) < 0.3 ? 0 : 1);
      expect(population.family[i]).toBe(uniformAt(family, i, 0) < 0.4 ? 1 : 0);
      expect(population.awarenessResistance[i]).toBe(-Math.log(uniformAt(resistance, i, 0)));
    }
  });

  it("with shares of exactly 1, everyone is ineligible, exposed and aware", () => {
    const all = buildPopulation({ ...base, ineligibleShare: 1, deterrence: { ...base.deterrence, familyShare: 1 } }, 2);
    expect(all.eligible.every((v) => v === 0)).toBe(true);
    expect(all.family.every((v) => v === 1)).toBe(true);
  });

  it("mobilised soldiers join on their day, after the initial army", () => {
    const p: ModelParams = { ...base, events: [{ kind: "mobilisation", day: 4, count: 30, thresholds: base.thresholds, aware: 1 }] };
    const population = buildPopulation(p, 1);
    expect(population.capacity).toBe(2030);
    expect(Array.from(population.joinDay.subarray(1995, 2005))).toEqual([0, 0, 0, 0, 0, 4, 4, 4, 4, 4]);
  });

  it("draws thresholds when first read, each what drawThreshold gives, and says how while they are not held", () => {
    const params: ModelParams = { ...base, thresholds: { kind: "normal", mean: 0.3, sd: 0.2 } };
    const population = buildPopulation(params, 5);
    const draws = pendingThresholdDraws(population);
    expect(draws).toEqual({ dist: params.thresholds, key: streamKey(5, "thresholds"), size: 2000 });
    const thresholds = population.thresholds;
    expect(pendingThresholdDraws(population)).toBeNull();
    expect(population.thresholds).toBe(thresholds);
    for (let i = 0; i < params.size; i += 37) expect(thresholds[i]).toBe(drawThreshold(params.thresholds, draws!.key, i, i));
    // Subgroups and leaders draw thresholds otherwise: no recipe to give.
    const divided: ModelParams = { ...params, subgroups: [{ name: "a", share: 0.5, thresholds: params.thresholds }, { name: "b", share: 0.5, thresholds: { kind: "uniform", min: 0, max: 1 } }] };
    expect(pendingThresholdDraws(buildPopulation(divided, 5))).toBeNull();
    const led: ModelParams = { ...params, leaders: { ...params.leaders, share: 0.5 } };
    expect(pendingThresholdDraws(buildPopulation(led, 5))).toBeNull();
  });
});
