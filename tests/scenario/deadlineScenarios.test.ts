/**
 * The shipped scenarios of deadlines as behaviour (issue 14): the gift-certificate experiment is
 * reproduced in direction and size by the fitted behavioural values, and from one army both
 * regimes exist: a short deadline that beats a long one (the news is already out, so a long window
 * only leaves time to forget) and one that loses to it (too short for the news and the chances to
 * reach soldiers). Each regime is an ensemble under common random numbers whose paired difference
 * in final share, run by run, has a 5%-95% range that excludes 0 (src/ensemble).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../src/scenario";
import { simulate, type RunSummary } from "../../src/model";
import { ensembleSeed } from "../../src/ensemble/ensembleSeed";
import { variantStatistics } from "../../src/ensemble/variantStatistics";
import { calibrate } from "../../src/calibration/calibrate";
import { parseTarget } from "../../src/scenario/target";
import { setParameter } from "../../src/scenario/setParameter";
import { validateScenario } from "../../src/scenario/validateScenario";

const folder = join(__dirname, "../../scenarios");
const load = (file: string) => loadScenario(readFileSync(join(folder, file), "utf8"));

/** Final summaries of runs 0..runs-1 of each variant, with common random numbers. */
function ensembles(files: string[], runs: number): RunSummary[][] {
  const master = load(files[0]).parameters.seed;
  return files.map((file, v) => {
    const params = toModelParams(load(file));
    return Array.from({ length: runs }, (_, r) => simulate(params, ensembleSeed(master, v, r, runs, true)).summary);
  });
}

describe("gift certificates (Shu & Gneezy 2010)", () => {
  it("the fitted acting and forgetting rates give about 31% redeemed with 3 weeks and 6% with 2 months", () => {
    const file = load("gift-certificates.json");
    const params = toModelParams(file);
    let short = 0;
    let both = 0;
    const runs = 20;
    for (let r = 0; r < runs; r++) {
      const { series } = simulate(params, file.parameters.seed + r);
      short += series.defected[21] / 1000 / runs;
      both += series.defected[161] / 1000 / runs;
    }
    expect(short).toBeGreaterThan(0.29);
    expect(short).toBeLessThan(0.33);
    expect(both - short).toBeGreaterThan(0.045);
    expect(both - short).toBeLessThan(0.075);
  });
});

describe("calibrating the behaviour to the gift certificates", () => {
  it("bisection on the forgetting rate alone, the acting rate at its fit, finds the shipped value from the 2-month arm", () => {
    const raw = JSON.parse(readFileSync(join(folder, "gift-certificates.json"), "utf8"));
    const result = calibrate({
      build: ([forgetRate]) => toModelParams(validateScenario(setParameter(raw, "behaviour.forgetRate", forgetRate))),
      fit: ["behaviour.forgetRate"],
      targets: [parseTarget("defected@day=161:370")],
      runs: 10,
      seed: 1,
      ranges: { "behaviour.forgetRate": [0.03, 0.15] },
    });
    expect(result.method).toBe("bisection");
    expect(result.parameters[0].value).toBeGreaterThan(0.07);
    expect(result.parameters[0].value).toBeLessThan(0.08);
  });
});

describe("a short deadline can help or backfire, from the same army", () => {
  it("when the news is already out, the short deadline beats the long one: the paired differences, 5% to 95%, are above 0", () => {
    const [short, long] = ensembles(["deadline-helps-short.json", "deadline-helps-long.json"], 12);
    const stats = variantStatistics(short, long);
    expect(stats.differenceP05!).toBeGreaterThan(0);
    expect(stats.differenceMedian!).toBeGreaterThan(0.02);
  });

  it("when the news is slow, the short deadline loses to the long one: the paired differences, 5% to 95%, are below 0", () => {
    const [short, long] = ensembles(["deadline-backfires-short.json", "deadline-backfires-long.json"], 12);
    const stats = variantStatistics(short, long);
    expect(stats.differenceP95!).toBeLessThan(0);
    expect(stats.differenceMedian!).toBeLessThan(-0.08);
  });

  it("the two pairs differ only in their deadline, and the two regimes only in how news spreads", () => {
    const params = (file: string) => load(file).parameters;
    const strip = (p: ReturnType<typeof params>) => ({ ...p, offer: { ...p.offer, windows: [] }, awareness: null });
    const all = ["helps-short", "helps-long", "backfires-short", "backfires-long"].map((name) => params(`deadline-${name}.json`));
    for (const p of all) expect(strip(p)).toEqual(strip(all[0]));
    expect(all[0].awareness).toEqual(all[1].awareness);
    expect(all[2].awareness).toEqual(all[3].awareness);
  });
});
