/**
 * Needs through the draws give exactly what the full evaluation gives: a soldier's need from his
 * draw (NormalNeedRule.needOfBits) on and beside every draw where the need steps, and the grouped
 * counts and fates (DrawnNormalNeeds) against a plain count over every soldier.
 */
import { describe, expect, it } from "vitest";
import { NO_NEED, NormalNeedRule, needOf } from "../../../../src/model/kernels/structures/drawnNeeds";
import { DrawnNormalNeeds } from "../../../../src/model/kernels/structures/drawnNormalNeeds";
import { RunScratch } from "../../../../src/model/kernels/state/scratch";
import { normalThreshold } from "../../../../src/model/thresholds";
import { drawBits, drawSalt, streamKey } from "../../../../src/model/random";

const drawAt = (bits: number) => (bits + 0.5) / 2 ** 32;

/** The need by the full evaluation (what the kernel computed from held thresholds), as a rank (NO_NEED above every count). */
function fullRank(bits: number, mean: number, sd: number, common: number, size: number, least: number): number {
  const need = needOf(normalThreshold(mean, sd, drawAt(bits)), common, size, least);
  return need === NO_NEED ? size + 1 : need;
}

const rankOf = (need: number, size: number) => (need === NO_NEED ? size + 1 : need);

/** [mean, sd, common shift, army, least need] */
const rules: [number, number, number, number, number][] = [
  [0.35, 0.2, 0, 1000, 0],
  [0.5, 0.3, -0.1, 997, 0],
  [0.2, 0.05, 0.05, 1000, 0],
  [0.3, 0.15, -1 / 3, 777, 5],
  [0.25, 0.2, 0, 100_000, 0],
  [0.6, 0, 0, 1000, 0],
  [-0.2, 0.3, 0, 500, 0],
  [1.1, 0.5, 0.1, 500, 3],
];

describe("NormalNeedRule", () => {
  for (const [mean, sd, common, size, least] of rules) {
    it(`needOfBits is the full evaluation's need on and beside every step of the need (mean ${mean}, sd ${sd}, shift ${common.toFixed(3)}, army ${size}, least ${least})`, () => {
      const rule = new NormalNeedRule(mean, sd, common, size, least);
      const full = (bits: number) => fullRank(bits, mean, sd, common, size, least);
      const steps = size > 2000 ? Array.from({ length: 1500 }, (_, j) => Math.floor((j * (size + 1)) / 1500) + 1) : Array.from({ length: size + 1 }, (_, k) => k + 1);
      let checked = 0;
      let wrong = 0;
      for (const k of steps) {
        // The least draw whose need is at least k, by bisection over all 2^32 draws.
        if (full(2 ** 32 - 1) < k || full(0) >= k) continue;
        let lo = 0;
        let hi = 2 ** 32 - 1;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (full(mid) >= k) hi = mid;
          else lo = mid;
        }
        for (let b = Math.max(0, hi - 3); b <= Math.min(2 ** 32 - 1, hi + 3); b++) {
          checked++;
          if (rankOf(rule.needOfBits(b), size) !== full(b)) wrong++;
        }
      }
      expect(wrong).toBe(0);
      if (sd > 0) expect(checked).toBeGreaterThan(Math.min(steps.length, 100));
      // And at draws spread over all of them, both tails included.
      for (let j = 0; j < 20_000; j++) {
        const b = Math.floor((j / 20_000) * 2 ** 32) + (j % 7);
        if (rankOf(rule.needOfBits(b), size) !== full(b)) wrong++;
      }
      expect(wrong).toBe(0);
    });
  }
});

describe("DrawnNormalNeeds", () => {
  for (const [mean, sd, common, size, least] of rules.filter(([, , , size]) => size <= 1000).concat([[0.35, 0.2, 0, 60_000, 0]])) {
    it(`counts needs up to every count and writes fates as a plain count over every soldier does (mean ${mean}, sd ${sd}, army ${size})`, () => {
      const key = streamKey(size + 7, "thresholds");
      const initial = Int32Array.from(new Set(Array.from({ length: Math.ceil(size / 50) }, (_, j) => (j * 7919) % size))).sort();
      const bits = new Int32Array(size);
      const drawn = new DrawnNormalNeeds(mean, sd, key, size, common, least, bits, initial, new RunScratch());
      const salt = drawSalt(0);
      const ranks = Int32Array.from({ length: size }, (_, i) => fullRank(drawBits(key, i, salt), mean, sd, common, size, least));
      expect(Array.from(bits.subarray(0, 50))).toEqual(Array.from({ length: 50 }, (_, i) => drawBits(key, i, salt) | 0));
      const isInitial = new Uint8Array(size);
      for (const i of initial) isInitial[i] = 1;
      // Plain counts of the others by rank.
      const byRank = new Int32Array(size + 2);
      for (let i = 0; i < size; i++) if (!isInitial[i]) byRank[ranks[i]]++;
      const xs = size <= 1000 ? Array.from({ length: size + 1 }, (_, x) => x) : Array.from({ length: 3000 }, (_, j) => Math.floor((j * (size + 1)) / 3000));
      let below = 0;
      let at = 0;
      const wrong: string[] = [];
      for (const x of xs) {
        for (; at <= x; at++) below += byRank[at];
        const counted = drawn.countUpTo(x);
        if (counted !== below && wrong.length < 5) wrong.push(`x=${x}: ${counted} vs ${below}`);
      }
      expect(wrong).toEqual([]);

      // Moves: ascending counts reached on ascending days.
      const tops = [0, 3, Math.floor(size / 10), Math.floor(size / 10) + 1, Math.floor(size / 2), size - 2].filter((t, j, a) => j === 0 || t > a[j - 1]);
      const day = Int32Array.from(tops, (_, j) => 2 * j + 1);
      const top = Int32Array.from(tops);
      const fate = bits.slice();
      drawn.writeFates(fate, day, top, tops.length, -1, initial);
      const expected = Array.from(ranks, (rank, i) => {
        if (isInitial[i]) return 0;
        const j = tops.findIndex((t) => t >= rank);
        return j < 0 ? -1 : day[j];
      });
      expect(Array.from(fate)).toEqual(expected);
    });
  }
});
