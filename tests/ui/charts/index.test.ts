/** The dashboard's charts: their order, ids and text alternatives on real runs. */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/ui/charts/index";
import { deadlineScenario, granovetter } from "./runData";

describe("CHARTS", () => {
  it("lists the six charts in display order with unique ids", () => {
    expect(CHARTS.map((c) => c.id)).toEqual(["cascade", "army", "daily", "bandwagon", "aware", "thresholds"]);
  });
  it("describes a run in plain sentences with no missing numbers", () => {
    for (const data of [granovetter(), deadlineScenario()]) {
      for (const chart of CHARTS) {
        const text = chart.describe(data);
        expect(text.length).toBeGreaterThan(40);
        expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
      }
    }
  });
  it("the cascade description gives the final share and the cascade verdict", () => {
    const text = CHARTS[0].describe(granovetter());
    expect(text).toContain("100.0%");
    expect(text).toContain("a cascade");
  });
});
