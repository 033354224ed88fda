import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { getParameter, scenarioFromObject, setParameter } from "../../../src/scenario/index";
import { validateSensitivity } from "../../../src/sensitivity/sensitivitySpec";
import { sensitivityDesign } from "../../../src/sensitivity/sensitivityDesign";
import { pointScenario } from "../../../src/sensitivity/pointParams";
import { parameterAt } from "../../../src/scenario/index";
import { defaultRange, leverControls, tickedByDefault } from "../../../src/ui/sensitivity/leverTable";

const asylum = JSON.parse(readFileSync(new URL("../../../scenarios/asylum-offer-deadline.json", import.meta.url), "utf8")) as object;
const control = (path: string, sliderMax?: number) => ({ parameter: parameterAt(path)!, sliderMax: sliderMax ?? parameterAt(path)!.max });

describe("leverTable", () => {
  test("offers the scenario's main numeric levers, not the army's size, the seed, or a network nobody observes", () => {
    const paths = leverControls(scenarioFromObject(asylum)).map((c) => c.path);
    expect(paths).toContain("offer.attractiveness");
    expect(paths).toContain("opportunity.daily");
    expect(paths).not.toContain("army.size");
    expect(paths).not.toContain("seed");
    expect(paths.some((p) => p.startsWith("network."))).toBe(false);
    const networked = scenarioFromObject(setParameter(asylum, "observation.scope", "network"));
    expect(leverControls(networked).some((c) => c.path.startsWith("network."))).toBe(true);
  });

  test("a lever's default range is half to twice its value, log-uniform from a ratio of 3, within the slider", () => {
    expect(defaultRange(0.1, control("offer.attractiveness"))).toEqual({ from: 0.05, to: 0.2, scale: "log-uniform" });
    expect(defaultRange(0.8, control("behaviour.credibility"))).toEqual({ from: 0.4, to: 1, scale: "uniform" });
    expect(defaultRange(0, control("offer.urgency"))).toEqual({ from: 0, to: 0.25, scale: "uniform" });
    // A whole-number day is uniform and stays within the run.
    expect(defaultRange(70, control("offer.windows.0.close", 121))).toEqual({ from: 35, to: 121, scale: "uniform" });
  });
});

describe("the default levers of every shipped scenario", () => {
  const files = readdirSync(new URL("../../../scenarios/", import.meta.url)).filter((f) => f.endsWith(".json"));
  test.each(files)("%s: make a valid spec whose every Morris point is a valid scenario", (file) => {
    const object = JSON.parse(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), "utf8")) as object;
    let scenario;
    try {
      scenario = scenarioFromObject(object);
    } catch {
      return; // a scenario that reads files (thresholds, ties) is loaded by the page with them resolved
    }
    const inputs = leverControls(scenario)
      .filter((c) => tickedByDefault(c.path))
      .map((c) => ({ path: c.path, ...rangeAsSpec(defaultRange(getParameter(scenario, c.path) as number, c)) }));
    const spec = validateSensitivity({ kind: "sensitivity", scenario: JSON.parse(JSON.stringify(scenario)), method: "morris", inputs, trajectories: 10 }, null);
    const design = sensitivityDesign(spec);
    for (let p = 0; p < spec.points; p++) expect(() => scenarioFromObject(pointScenario(spec, design, p)), `point ${p}`).not.toThrow();
  });
});

const rangeAsSpec = (r: { from: number; to: number; scale: string }) => ({ from: r.from, to: r.to, scale: r.scale });
