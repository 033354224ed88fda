/** Every chart's text alternative and data preparation on real runs (the DOM drawing is checked in the browser). */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/ui/charts/index";
import { cascadePoints } from "../../../src/ui/charts/cascadeChart";
import { barsPath, dailyMax } from "../../../src/ui/charts/dailyChart";
import { firstDayAtLeast } from "../../../src/ui/charts/awarenessChart";
import { stepOutline } from "../../../src/ui/charts/thresholdHistogram";
import { bandwagonSubtitle } from "../../../src/ui/charts/bandwagonChart";
import { gridNote } from "../../../src/ui/charts/armyGrid";
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

describe("cascadePoints", () => {
  it("one point per day 0..days, defected share rising to 1 in Granovetter's 0..99", () => {
    const data = granovetter();
    const points = cascadePoints(data);
    expect(points.defected.length).toBe(data.params.days + 1);
    expect(points.defected[0]).toBe(0);
    expect(points.defected[1]).toBe(0.01);
    expect(points.defected[points.defected.length - 1]).toBe(1);
    expect(points.yMax).toBe(1);
    for (let d = 1; d < points.defected.length; d++) expect(points.defected[d]).toBeGreaterThanOrEqual(points.defected[d - 1]);
  });
});

describe("barsPath", () => {
  it("draws one closed bar per day with defections (1 px apart), none for empty days", () => {
    const counts = [5, 0, 3, 1];
    const d = barsPath(3, (v) => v * 10, () => 100, (day) => 100 - counts[day] * 10);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).toBe("M15.5,100h9V70h-9ZM25.5,100h9V90h-9Z");
  });
  it("dailyMax stacks caught on defected and ignores day 0", () => {
    const data = granovetter();
    expect(dailyMax(data)).toBe(1);
  });
});

describe("firstDayAtLeast", () => {
  it("finds the first day a level is reached, or null", () => {
    expect(firstDayAtLeast([0.1, 0.4, 0.6, 0.7], 0.5)).toBe(2);
    expect(firstDayAtLeast([0.1], 0.5)).toBeNull();
  });
});

describe("stepOutline", () => {
  it("outlines the histogram slid by the offset", () => {
    expect(stepOutline([2, 1], 0.5, -0.25, (v) => v * 100, (v) => 10 - v)).toBe("M-25,10V8H25V9H75V10");
  });
});

describe("bandwagonSubtitle", () => {
  it("states what the diagram assumes", () => {
    const text = bandwagonSubtitle(granovetter());
    expect(text).toContain("attractiveness (0.00)");
    expect(text).toMatch(/everyone is aware/);
    expect(text).toMatch(/left out/);
  });
});

describe("gridNote", () => {
  it("says what a cell is", () => {
    expect(gridNote(armyCells(new Int32Array(10).fill(-1), 10, 5, 3), 5)).toBe("One cell per soldier; each block is a unit of 5.");
    expect(gridNote(armyCells(new Int32Array(100).fill(-1), 100, 10, 3, 5), 10)).toBe("One cell per 2 units (20 soldiers), coloured by the share defected.");
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
