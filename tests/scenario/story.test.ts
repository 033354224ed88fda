/** A scenario's story: three to five steps, settings the scenario has with allowed values, days inside the run. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, setParameter, toModelParams, validateScenario } from "../../src/scenario";
import { simulate } from "../../src/model";
import { issuesOf } from "./issuesOf";

const step = (extra: object = {}) => ({ text: "A step.", ...extra });
const withStory = (steps: object[], parameters: object = {}) => ({ name: "x", story: { steps }, parameters });

describe("story", () => {
  it("accepts three to five steps, with settings defaulting to none", () => {
    const file = validateScenario(withStory([step(), step({ set: { "offer.attractiveness": 0.2 } }), step({ point: { chart: "cascade", day: 10, label: "here" } })]));
    expect(file.story!.steps[0].set).toEqual({});
    expect(file.story!.steps[2].point).toEqual({ chart: "cascade", day: 10, label: "here" });
  });
  it("refuses two steps or six, saying how many are allowed", () => {
    expect(issuesOf(withStory([step(), step()]))).toEqual([{ path: "story.steps", message: "a story has 3 to 5 steps" }]);
    expect(issuesOf(withStory(Array.from({ length: 6 }, () => step())))[0].message).toBe("a story has 3 to 5 steps");
  });
  it("refuses a setting that does not exist and a value out of range, naming the step", () => {
    const issues = issuesOf(withStory([step({ set: { "offer.atractiveness": 0.2 } }), step({ set: { "offer.attractiveness": 2 } }), step({ set: { "observation.scope": "everyone" } })]));
    expect(issues).toEqual([
      { path: "story.steps[0].set.offer.atractiveness", message: 'no such setting: a story sets parameters by their path (e.g. "offer.attractiveness", "offer.windows.0.close")' },
      { path: "story.steps[1].set.offer.attractiveness", message: "2 is not allowed: expected a number from 0 to 1 (threshold share)" },
      { path: "story.steps[2].set.observation.scope", message: 'expected one of global, unit, network, mix, got "everyone"' },
    ]);
  });
  it("refuses a chart the lab does not have", () => {
    expect(issuesOf(withStory([step({ point: { chart: "pie" } }), step(), step()])).map((i) => i.path)).toEqual(["story.steps[0].point.chart"]);
  });
  it("never refuses the scenario for what the user changed: a shorter run than a pointed day stays valid", () => {
    const file = validateScenario(withStory([step({ point: { chart: "cascade", day: 300 } }), step({ set: { "thresholds.mean": 0.3 } }), step()], { army: { days: 40 }, thresholds: { distribution: "uniform", min: 0, max: 1 } }));
    expect(file.story!.steps[0].point!.day).toBe(300);
  });
  for (const id of ["asylum-offer-deadline", "hessians-1776", "gulf-war-1991"]) {
    it(`${id} ships a story whose every step runs`, () => {
      const scenario = loadScenario(readFileSync(join(import.meta.dirname, "../../scenarios", `${id}.json`), "utf8"));
      expect(scenario.story!.steps.length).toBeGreaterThanOrEqual(3);
      for (const { set } of scenario.story!.steps) {
        let next: object = scenario;
        for (const [path, value] of Object.entries(set)) next = setParameter(next, path, value);
        expect(() => toModelParams(validateScenario(next))).not.toThrow();
      }
    });
  }
  it("the hessians-1776 story's numbers are its runs' (seed 1)", () => {
    const scenario = loadScenario(readFileSync(join(import.meta.dirname, "../../scenarios/hessians-1776.json"), "utf8"));
    const [, tipped] = scenario.story!.steps;
    const run = simulate(toModelParams(validateScenario(setParameter(scenario, "offer.attractiveness", tipped.set["offer.attractiveness"]))), scenario.parameters.seed);
    expect(run.summary.dayPast50).toBe(tipped.point!.day);
  }, 30_000);
});
