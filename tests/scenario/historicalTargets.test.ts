/**
 * Every shipped historical scenario meets its own targets with its shipped values: each target's
 * mean over a small ensemble within two of the figure's standard deviations of it (0 inside a
 * range). The full check, 50 runs each, is scripts/check-targets.ts. Captured men and prisoner
 * totals (captured and both) are checked like the rest.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, scenarioTargets, targetSupported, toModelParams } from "../../src/scenario";
import { checkTargets } from "../../src/calibration/targetCheck";

const folder = join(__dirname, "../../scenarios");
const historical = ["hessians-1776.json", "gulf-war-1991.json", "ukraine-hotline-2022.json", "chieu-hoi.json"];
const RUNS = 3;

describe("historical scenarios against their own targets", () => {
  for (const file of historical) {
    it(`${file}: the shipped values meet every target the model produces (${RUNS} runs)`, () => {
      const scenario = loadScenario(readFileSync(join(folder, file), "utf8"));
      const targets = scenarioTargets(scenario).filter((t) => targetSupported(t));
      expect(targets.length).toBeGreaterThan(0);
      for (const check of checkTargets(toModelParams(scenario), targets, RUNS, scenario.parameters.seed)) {
        expect(check.miss, `${check.target.text}: mean ${check.mean}`).toBeLessThanOrEqual(2);
      }
    }, 120_000);
  }

  it("every target of a historical scenario names its source, and every source its author and year", () => {
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
      const scenario = loadScenario(readFileSync(join(folder, file), "utf8"));
      for (const source of scenario.sources) {
        expect(source.author, `${file}: ${source.title}`).toBeTruthy();
        expect(source.year, `${file}: ${source.title}`).toBeDefined();
      }
      if (historical.includes(file)) for (const target of scenarioTargets(scenario)) expect(target.source, `${file}: ${target.text}`).toBeTruthy();
    }
  });
});
