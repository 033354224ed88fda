/**
 * A comparison over posterior draws: the file keeps valid draws and names bad ones; run r of every
 * variant takes draw r mod N at the draws' paths, the variant's own scenario otherwise.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateComparison } from "../../src/ensemble/comparisonFile";
import { drawOfRun, scenarioWithDraw } from "../../src/ensemble/posteriorRun";
import { getParameter } from "../../src/scenario";

const scenario = JSON.parse(readFileSync(new URL("../../scenarios/asylum-offer-deadline.json", import.meta.url), "utf8"));
const file = (posterior?: unknown) => ({ kind: "comparison", runs: 5, variants: [{ name: "a", scenario }, { name: "b", scenario }], ...(posterior ? { posterior } : {}) });

describe("comparison over posterior draws", () => {
  it("runs draw r mod N at the paths, every variant the same draw; without draws, the variant's own scenario", () => {
    const comparison = validateComparison(file({ paths: ["offer.attractiveness", "opportunity.daily"], draws: [[0.1, 0.2], [0.3, 0.4]] }));
    expect([0, 1, 2, 3].map((run) => drawOfRun(comparison, run))).toEqual([0, 1, 0, 1]);
    for (const variant of [0, 1]) {
      const drawn = scenarioWithDraw(comparison, variant, drawOfRun(comparison, 3)) as object;
      expect(getParameter(drawn, "offer.attractiveness")).toBe(0.3);
      expect(getParameter(drawn, "opportunity.daily")).toBe(0.4);
    }
    const plain = validateComparison(file());
    expect(plain.posterior).toBeUndefined();
    expect(drawOfRun(plain, 3)).toBeNull();
    expect(scenarioWithDraw(plain, 1, null)).toBe(plain.variants[1].scenario);
  });

  it("names a path that is not a parameter, a draw of the wrong length and a value out of range", () => {
    expect(() => validateComparison(file({ paths: ["offer.nonsense"], draws: [[0.1]] }))).toThrow(/posterior\.paths\[0\]: "offer\.nonsense" is not a numeric parameter/);
    expect(() => validateComparison(file({ paths: ["offer.attractiveness"], draws: [[0.1, 0.2]] }))).toThrow(/posterior\.draws\[0\]: expected 1 values/);
    expect(() => validateComparison(file({ paths: ["offer.attractiveness"], draws: [[0.1], [7]] }))).toThrow(/posterior\.draws\[1\]\[0\]: 7 is not allowed for offer\.attractiveness/);
  });
});
