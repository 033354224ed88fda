/** The dashboard's charts: their order, ids and text alternatives on real runs. */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/ui/charts/index";
import { cascadePoints } from "../../../src/ui/charts/cascadeChart";
import { armyCells } from "../../../src/ui/charts/armyCells";
import { deadlineScenario, granovetter } from "./runData";
import { behaviourOff } from "../../../src/model";

describe("CHARTS", () => {
  it("lists the six charts in display order with unique ids", () => {
    expect(CHARTS.map((c) => c.id)).toEqual(["cascade", "daily", "aware", "thresholds", "bandwagon", "army"]);
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

describe("data preparation for 100,000 soldiers and 365 days", () => {
  it("stays well inside a frame budget", async () => {
    const { bandwagonModel } = await import("../../../src/ui/charts/bandwagonModel");
    const { thresholdBins } = await import("../../../src/ui/charts/thresholdBins");
    // Without forgetting, which only the reference full sweep gives: this times the charts' data, not the model.
    const data = deadlineScenario({ size: 100_000, days: 365, behaviour: { ...behaviourOff(), actRate: 0.00416, pullDays: 7 } });
    const t = performance.now();
    bandwagonModel(data);
    thresholdBins(data.thresholds, data.params.size);
    cascadePoints(data);
    armyCells(data.fate, data.params.size, data.params.unitSize, 365);
    // Generous for a loaded CI machine; about 20 ms on a laptop.
    expect(performance.now() - t).toBeLessThan(200);
  });
});
