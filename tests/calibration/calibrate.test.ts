/**
 * Calibration recovers parameter values from targets the model itself produced, for one and for
 * two parameters, and refuses targets it cannot reach.
 */
import { describe, expect, it } from "vitest";
import { calibrate } from "../../src/calibration/calibrate";
import { ensembleMeans } from "../../src/calibration/ensembleMeans";
import { parseTarget } from "../../src/scenario/target";
import { foundationParams, type ModelParams } from "../../src/model";
import { InputError } from "../../src/scenario";

/** A stochastic army with limited opportunity and awareness; thresholds around 0.35. */
const base = (attractiveness: number, leafletReach: number): ModelParams =>
  foundationParams({
    size: 1500,
    days: 120,
    thresholds: { kind: "normal", mean: 0.45, sd: 0.15 },
    offer: { attractiveness, windows: [{ open: 0, close: null }], urgency: 0, urgencyDays: 14 },
    awareness: { initial: 0.1, leafletReach, wordOfMouth: 0 },
    opportunity: 0.1,
  });

const build1 = (values: number[]) => base(values[0], 0.02);
const build2 = (values: number[]) => base(values[0], values[1]);

describe("targets", () => {
  it("reads shares, percentages, counts and ranges", () => {
    expect(parseTarget("defected@day=365:0.10")).toMatchObject({ quantity: "defected", day: 365, unit: "share", low: 0.1, high: 0.1 });
    expect(parseTarget("defected@day=365:10%")).toMatchObject({ unit: "share", low: 0.1 });
    expect(parseTarget("defected@day=2650:3000..5000")).toMatchObject({ unit: "count", low: 3000, high: 5000 });
  });

  it("names the problem in a bad target", () => {
    expect(() => parseTarget("deserted@day=3:0.1")).toThrow(/unknown quantity "deserted"/);
    expect(() => parseTarget("defected:0.1")).toThrow(/expected QUANTITY@day=DAY:VALUE/);
    expect(() => parseTarget("defected@day=3:0.5..0.2")).toThrow(/runs backwards/);
    expect(() => parseTarget("defected@day=3:150%")).toThrow(/cannot be above 1/);
  });
});

describe("calibration", () => {
  const runs = 12;
  const seed = 100;

  it("recovers one parameter from a target the model made, with the truth inside its interval", () => {
    const truth = 0.17;
    const produced = ensembleMeans(build1([truth]), [parseTarget("defected@day=100:0.5")], runs, seed).means[0];
    const target = parseTarget(`defected@day=100:${produced}`);
    const result = calibrate({ build: build1, fit: ["offer.attractiveness"], targets: [target], runs, seed, ranges: { "offer.attractiveness": [0, 0.5] } });
    expect(result.method).toBe("bisection");
    const [fitted] = result.parameters;
    expect(Math.abs(fitted.value - truth)).toBeLessThan(0.01);
    expect(fitted.low).toBeLessThanOrEqual(truth);
    expect(fitted.high).toBeGreaterThanOrEqual(truth);
    expect(Math.abs(result.achieved[0].mean - produced)).toBeLessThan(0.01);
  });

  it("a range target gives the range of parameter values that meet it", () => {
    const result = calibrate({ build: build1, fit: ["offer.attractiveness"], targets: [parseTarget("defected@day=100:0.05..0.10")], runs, seed, ranges: { "offer.attractiveness": [0, 0.5] } });
    const [fitted] = result.parameters;
    expect(fitted.low).toBeLessThan(fitted.value);
    expect(fitted.high).toBeGreaterThan(fitted.value);
    const at = (x: number) => ensembleMeans(build1([x]), result.achieved.map((a) => a.target), runs, seed).means[0];
    expect(at(fitted.low)).toBeGreaterThan(0.04);
    expect(at(fitted.high)).toBeLessThan(0.11);
  });

  it("recovers two parameters from two targets the model made", () => {
    const truth = [0.15, 0.03];
    const probe = [parseTarget("defected@day=30:0.5"), parseTarget("aware@day=30:0.5")];
    const produced = ensembleMeans(build2(truth), probe, runs, seed).means;
    const targets = [parseTarget(`defected@day=30:${produced[0]}`), parseTarget(`aware@day=30:${produced[1]}`)];
    const result = calibrate({ build: build2, fit: ["offer.attractiveness", "awareness.leafletReach"], targets, runs, seed, ranges: { "offer.attractiveness": [0, 0.4], "awareness.leafletReach": [0, 0.1] } });
    expect(result.method).toBe("nelder-mead");
    expect(Math.abs(result.parameters[0].value - truth[0])).toBeLessThan(0.03);
    expect(Math.abs(result.parameters[1].value - truth[1])).toBeLessThan(0.006);
    result.achieved.forEach((a, k) => expect(Math.abs(a.mean - produced[k])).toBeLessThan(0.015));
  });

  it("says when a target is out of reach, with what the parameter can give", () => {
    const attempt = () => calibrate({ build: build1, fit: ["offer.attractiveness"], targets: [parseTarget("defected@day=5:0.99")], runs: 3, seed, ranges: { "offer.attractiveness": [0, 0.1] } });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/out of reach: offer\.attractiveness from 0 to 0\.1 gives means from/);
  });

  it("refuses unknown parameters and days past the end", () => {
    expect(() => calibrate({ build: build1, fit: ["offer.charm"], targets: [parseTarget("defected@day=5:0.1")], runs: 2, seed })).toThrow(/not a numeric parameter/);
    expect(() => calibrate({ build: build1, fit: ["offer.attractiveness"], targets: [parseTarget("defected@day=500:0.1")], runs: 2, seed })).toThrow(/after the last simulated day/);
  });
});
