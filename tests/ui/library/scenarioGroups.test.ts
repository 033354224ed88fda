import { describe, expect, it } from "vitest";
import { groupedScenarios } from "../../../src/ui/library/scenarioGroups";
import { SHIPPED } from "../../../src/ui/shippedScenarios";

describe("groupedScenarios", () => {
  const groups = groupedScenarios(SHIPPED);
  it("files every shipped scenario once: historical, classic models, what-if", () => {
    expect(groups.map((g) => g.group)).toEqual(["historical", "classic", "what-if"]);
    expect(groups.reduce((n, g) => n + g.scenarios.length, 0)).toBe(SHIPPED.size);
  });
  it("sorts each group by name", () => {
    for (const { scenarios } of groups) {
      const names = scenarios.map(([, s]) => s.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    }
    expect(groups[0].scenarios.map(([id]) => id)).toContain("hessians-1776");
  });
  it("puts a scenario without a group under Other", () => {
    const loose = new Map([["x", { ...SHIPPED.get("watts-2002")!, group: undefined }]]);
    expect(groupedScenarios(loose).map((g) => g.label)).toEqual(["Other"]);
  });
});
