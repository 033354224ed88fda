import { describe, expect, it } from "vitest";
import { cascadePoints } from "../../../src/ui/charts/cascadeChart";
import { granovetter } from "./runData";

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
