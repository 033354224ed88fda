/**
 * Which kernel runs each shipped scenario: every one runs on a fast kernel, none on the reference
 * full sweep (the page opens on the default scenario, whose procrastination and forgetting once
 * sent it there; the rebuilt Gulf War's capture, leaders' sway and whole-unit surrender did until
 * the event-driven kernel gave them). Those with behaviour over time or what armies do give the
 * reference's run for another seed than the golden files'.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, toModelParams } from "../../../src/scenario";
import { SERIES_COLUMNS, Simulation } from "../../../src/model";
import { KERNELS } from "../../../src/model/simulation";
import { ReferenceSimulation, simulateReference } from "../../../src/model/kernels/reference";
import { usesBehaviourOverTime } from "../../../src/model/behaviourInUse";
import { usesArmyMechanisms } from "../../../src/model/armiesInUse";

const dir = join(__dirname, "../../../scenarios");
const shipped = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => ({ id: f.replace(/\.json$/, ""), params: toModelParams(loadScenario(readFileSync(join(dir, f), "utf8"))) }));

describe("the shipped scenarios' kernels", () => {
  it("include behaviour over time and what armies do (so the checks below check something)", () => {
    expect(shipped.filter(({ params }) => usesBehaviourOverTime(params)).map(({ id }) => id)).toContain("asylum-offer-deadline");
    expect(shipped.filter(({ params }) => usesArmyMechanisms(params)).map(({ id }) => id)).toContain("gulf-war-1991");
  });

  for (const { id, params } of shipped) {
    it(`${id} runs on a fast kernel`, () => {
      expect(KERNELS.find((k) => k.applies(params))).not.toBe(ReferenceSimulation);
    });
  }

  for (const { id, params } of shipped.filter(({ params }) => usesBehaviourOverTime(params) || usesArmyMechanisms(params))) {
    it(`${id} gives the reference's run with seed 2`, () => {
      const fast = new Simulation(params, 2).result();
      const reference = simulateReference(params, 2);
      for (const column of SERIES_COLUMNS) expect(Array.from(fast.series[column]), column).toEqual(Array.from(reference.series[column]));
      expect(Array.from(fast.fate)).toEqual(Array.from(reference.fate));
    });
  }
});
