/** Priors in a scenario file and on the command line: checked against the parameter registry. */
import { describe, expect, it } from "vitest";
import { parsePriorText, toPrior, validateScenario, InputError } from "../../src/scenario";

const minimal = { name: "p" };
const issues = (priors: unknown) => {
  try {
    validateScenario({ ...minimal, priors });
  } catch (error) {
    return (error as InputError).issues;
  }
  return [];
};

describe("priors", () => {
  it("fill their bounds from the parameter's allowed range", () => {
    const [prior] = validateScenario({ ...minimal, priors: [{ parameter: "thresholds.mean", distribution: "normal", mean: 0.5, sd: 0.1 }] }).priors;
    expect(toPrior(prior)).toEqual({ path: "thresholds.mean", distribution: "normal", mean: 0.5, sd: 0.1, low: 0, high: 1 });
  });

  it("name what is wrong", () => {
    expect(issues([{ parameter: "offer.nonsense", distribution: "uniform" }])[0]).toEqual({ path: "priors[0].parameter", message: expect.stringContaining("not a numeric parameter") });
    expect(issues([{ parameter: "offer.attractiveness", distribution: "uniform", low: 0, high: 2 }])[0].message).toMatch(/outside offer.attractiveness's range/);
    expect(issues([{ parameter: "offer.attractiveness", distribution: "log-uniform", low: 0, high: 0.5 }])[0].message).toMatch(/needs low above 0/);
    expect(issues([{ parameter: "offer.attractiveness", distribution: "normal", mean: 0.2 }])[0]).toMatchObject({ path: "priors[0].sd" });
    expect(issues([{ parameter: "offer.attractiveness", distribution: "uniform", mean: 0.2 }])[0].message).toMatch(/only a normal prior has a mean/);
    expect(issues([{ parameter: "offer.attractiveness", distribution: "uniform", low: 0.3, high: 0.2 }])[0].message).toMatch(/not above low/);
    expect(issues([{ parameter: "opportunity.daily", distribution: "uniform" }, { parameter: "opportunity.daily", distribution: "uniform" }])[0]).toEqual({ path: "priors[1].parameter", message: expect.stringContaining("has a prior already") });
  });

  it("read from the command line", () => {
    expect(toPrior(parsePriorText("opportunity.daily=log-uniform:0.001:0.1"))).toEqual({ path: "opportunity.daily", distribution: "log-uniform", low: 0.001, high: 0.1 });
    expect(toPrior(parsePriorText("thresholds.mean=normal:0.5:0.1:0.3:0.7"))).toMatchObject({ mean: 0.5, sd: 0.1, low: 0.3, high: 0.7 });
    expect(toPrior(parsePriorText("leaders.thresholds.mean=uniform:0.5:0.9"))).toEqual({ path: "leaders.thresholds.mean", distribution: "uniform", low: 0.5, high: 0.9 });
    expect(() => parsePriorText("leaders.thresholds.mean=uniform:0.5:1.2")).toThrow(/outside leaders.thresholds.mean's range/);
    expect(() => parsePriorText("thresholds.mean=normal:0.5")).toThrow(/expected PATH=uniform:LOW:HIGH/);
    expect(() => parsePriorText("thresholds.mean=gamma:1:2")).toThrow(/expected PATH=uniform/);
  });
});
